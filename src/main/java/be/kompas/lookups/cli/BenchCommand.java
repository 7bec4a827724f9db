package be.kompas.lookups.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import be.kompas.lookups.bench.LookupBenchmark;
import be.kompas.lookups.generator.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kompas lookups bench}: throughput, heap and the PostgreSQL baseline on one generated data set. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Generates a data set, then measures the engine end to end, the detector alone, the peak heap "
                + "and a set-based PostgreSQL baseline (embedded) on the same files.",
            "Prove the memory bound with: JAVA_OPTS=-Xmx512m bin/kompas lookups bench --events 10000000" })
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "10000000", description = "Number of look-ups (default: ${DEFAULT-VALUE}).")
    long events;

    @Mixin
    DataSetOptions dataSet = new DataSetOptions();

    @Option(names = "--core-events", description = "Events held in memory for the detector-alone measurement (default: up to 2,000,000).")
    Integer coreEvents;

    @Option(names = "--runs", defaultValue = "2", description = "Measurements of engine and baseline, alternating; the best counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--no-baseline", description = "Skip the PostgreSQL baseline.")
    boolean noBaseline;

    @Option(names = "--work", paramLabel = "DIR", description = "Working directory, kept afterwards (default: a temporary one, deleted).")
    Path work;

    @Mixin
    DetectionOptions detection = new DetectionOptions();

    @Override
    public Integer call() {
        return Failures.guard("bench", () -> {
            GeneratorSettings settings = dataSet.settings(events);
            Path directory = work == null ? Files.createTempDirectory("kompas-bench") : work;
            try {
                new LookupBenchmark(settings, detection.settings(),
                        coreEvents == null ? (int) Math.min(events, 2_000_000) : coreEvents, !noBaseline, runs,
                        System.out)
                        .run(directory);
            }
            finally {
                if (work == null) {
                    delete(directory);
                }
            }
            return 0;
        });
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
