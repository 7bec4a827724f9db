package be.kompas.lookups.cli;

import be.kompas.lookups.generator.GeneratorSettings;
import picocli.CommandLine.Option;

/** The make-up of a generated data set as command-line options; the context scales with the events unless given. */
class DataSetOptions {

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--staff", description = "Staff (default: events / 2,000, at least 50).")
    Integer staff;

    @Option(names = "--subjects", description = "Subjects (default: events / 10, at least 40 per officer).")
    Integer subjects;

    @Option(names = "--cases", description = "Cases, with 3 subjects each on average (default: events / 20, at least 100 per officer).")
    Integer cases;

    GeneratorSettings settings(long events) {
        GeneratorSettings scaled = GeneratorSettings.scaledTo(events, seed);
        return scaled.withContext(staff == null ? scaled.staff() : staff,
                subjects == null ? scaled.subjects() : subjects, cases == null ? scaled.cases() : cases);
    }
}
