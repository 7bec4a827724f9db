package be.kompas.lookups.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import be.kompas.lookups.engine.BadRows;
import be.kompas.lookups.engine.DetectionSettings;
import be.kompas.lookups.engine.Detector;
import be.kompas.lookups.engine.IdIndex;
import be.kompas.lookups.engine.LookupContext;
import be.kompas.lookups.engine.LookupScan;
import be.kompas.lookups.engine.ScanSummary;
import be.kompas.lookups.engine.Timestamps;
import be.kompas.lookups.generator.GeneratorSettings;
import be.kompas.lookups.generator.LookupDataGenerator;
import be.kompas.lookups.generator.Quality;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Generates a data set, then measures on it, in one run: the engine end to end (CSV files to {@code alerts.csv}), the
 * detector alone on events already in memory, the heap during the end-to-end scan, and the PostgreSQL baseline.
 */
public final class LookupBenchmark {

    private final GeneratorSettings generator;
    private final DetectionSettings settings;
    private final int coreEvents;
    private final boolean baseline;
    private final PrintStream out;

    /**
     * @param coreEvents how many events the detector-alone measurement holds in memory
     * @param baseline   whether to run the PostgreSQL baseline
     */
    public LookupBenchmark(GeneratorSettings generator, DetectionSettings settings, int coreEvents, boolean baseline,
            PrintStream out) {
        this.generator = generator;
        this.settings = settings;
        this.coreEvents = coreEvents;
        this.baseline = baseline;
        this.out = out;
    }

    public void run(Path work) throws IOException, SQLException {
        Path data = work.resolve("data");
        out.printf("Machine: %d cores, max heap %,d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                HeapMonitor.maxHeapBytes() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        long started = System.nanoTime();
        new LookupDataGenerator(generator).writeTo(data);
        out.printf("Generated %,d events, %,d staff, %,d subjects, %,d cases in %,d ms (%,d MB of events.csv)%n",
                generator.events(), generator.staff(), generator.subjects(), generator.cases(), millisSince(started),
                Files.size(data.resolve("events.csv")) >> 20);

        Quality.Tally tally = new Quality.Tally(data);
        ScanSummary summary;
        long peakPools;
        long maxAfterGc;
        try (HeapMonitor heap = new HeapMonitor()) {
            summary = LookupScan.scanToDirectory(data, work.resolve("out"), settings, tally::alert);
            peakPools = heap.peakPoolsBytes();
            maxAfterGc = heap.maxAfterGcBytes();
        }
        double endToEnd = perSecond(summary.events(), summary.elapsedMillis());
        out.printf("Engine end to end: %,d events in %,d ms (context %,d ms) = %,.0f events/s (%,d alerts, %,d "
                + "explained)%n", summary.events(), summary.elapsedMillis(), summary.contextMillis(), endToEnd,
                summary.alerts(), summary.explained());
        out.printf("Peak heap during the scan: %,d MB live after GC, %,d MB pools' peak sum (max heap %,d MB)%n",
                maxAfterGc >> 20, peakPools >> 20, HeapMonitor.maxHeapBytes() >> 20);
        out.print("Quality: " + tally.result(summary).describe());

        out.printf("Detector alone: %,.0f events/s on %,d events held in memory%n", core(data), coreEvents);

        if (baseline) {
            PostgresBaseline.Result result = PostgresBaseline.run(data, work.resolve("postgres"));
            double baselineRate = perSecond(result.events(), result.totalMillis());
            out.printf("PostgreSQL baseline: %,d events in %,d ms (COPY and ANALYZE %,d ms, query %,d ms) = %,.0f "
                    + "events/s, %,d explained%s%n", result.events(), result.totalMillis(), result.copyMillis(),
                    result.queryMillis(), baselineRate, result.explained(),
                    result.explained() == summary.explained() ? " (same as the engine)" : " (ENGINE DIFFERS)");
            out.printf("Ratio: the engine is %.1fx faster than the PostgreSQL baseline%n", endToEnd / baselineRate);
        }
    }

    /** Reads the first events into arrays, untimed, then times the detector on them alone. */
    private double core(Path data) throws IOException {
        LookupContext context = LookupContext.load(data, new BadRows());
        long[] ts = new long[coreEvents];
        int[] officers = new int[coreEvents];
        int[] subjects = new int[coreEvents];
        int count = 0;
        try (Reader in = Files.newBufferedReader(data.resolve("events.csv"));
                CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in)) {
            reader.skipLines(1);
            for (CsvRecord row : reader) {
                if (count == coreEvents) {
                    break;
                }
                int officer = context.officer(row.getField(2));
                if (officer != IdIndex.ABSENT) {
                    ts[count] = Timestamps.parse(row.getField(1));
                    officers[count] = officer;
                    subjects[count++] = context.subject(row.getField(5));
                }
            }
        }
        // Twice: the first pass lets the JIT compile, the second is measured.
        double rate = 0;
        for (int pass = 0; pass < 2; pass++) {
            Detector detector = new Detector(context, settings, alert -> { });
            StringBuilder eventId = new StringBuilder();
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                eventId.setLength(0);
                detector.accept(ts[i], officers[i], subjects[i], eventId.append(i), "");
            }
            detector.finish();
            rate = count / ((System.nanoTime() - started) / 1e9);
        }
        return rate;
    }

    private static double perSecond(long events, long millis) {
        return events / (Math.max(1, millis) / 1000.0);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
