package be.kompas.lookups.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import be.kompas.lookups.generator.GeneratorSettings;
import be.kompas.lookups.generator.LookupDataGenerator;
import be.kompas.lookups.generator.PlantedKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kompas lookups generate}: writes a synthetic data set with planted private look-ups. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a realistic synthetic exchange-format directory with planted private look-ups and "
                + "ground-truth.csv (event_id,kind).")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write.")
    Path out;

    @Option(names = "--events", defaultValue = "100000", description = "Number of look-ups (default: ${DEFAULT-VALUE}).")
    long events;

    @Mixin
    DataSetOptions dataSet = new DataSetOptions();

    @Override
    public Integer call() {
        return Failures.guard("generate", () -> {
            GeneratorSettings settings = dataSet.settings(events);
            long started = System.nanoTime();
            LookupDataGenerator.Result result = new LookupDataGenerator(settings).writeTo(out);
            System.out.printf("Wrote %,d events (%,d planted private) with %,d staff, %,d subjects, %,d cases to %s "
                    + "in %,d ms%n", result.events(), result.planted(), settings.staff(), settings.subjects(),
                    settings.cases(), out, (System.nanoTime() - started) / 1_000_000);
            for (PlantedKind kind : PlantedKind.values()) {
                System.out.printf("  %-18s %,d%n", kind, result.plantedPerKind()[kind.ordinal()]);
            }
            return 0;
        });
    }
}
