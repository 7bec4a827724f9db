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
    private final int runs;
    private final PrintStream out;

    /**
     * @param coreEvents how many events the detector-alone measurement holds in memory
     * @param baseline   whether to run the PostgreSQL baseline
     * @param runs       how many times to measure the engine and the baseline, keeping the best
     */
    public LookupBenchmark(GeneratorSettings generator, DetectionSettings settings, int coreEvents, boolean baseline,
            int runs, PrintStream out) {
        this.generator = generator;
        this.settings = settings;
        this.coreEvents = coreEvents;
        this.baseline = baseline;
        this.runs = runs;
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

        // Each measurement is repeated, alternating engine and baseline, and the best time counts: on a shared
        // machine, other work only ever makes a run slower.
        ScanSummary best = null;
        PostgresBaseline.Result bestBaseline = null;
        long peakUsed = 0;
        long maxAfterGc = 0;
        for (int run = 1; run <= runs; run++) {
            Quality.Tally tally = new Quality.Tally(data);
            ScanSummary summary;
            try (HeapMonitor heap = new HeapMonitor()) {
                summary = LookupScan.scanToDirectory(data, work.resolve("out"), settings, tally::alert);
                peakUsed = Math.max(peakUsed, heap.maxUsedBytes());
                maxAfterGc = Math.max(maxAfterGc, heap.maxAfterGcBytes());
            }
            out.printf("Run %d, engine end to end: %,d events in %,d ms (context %,d ms) = %,.0f events/s (%,d alerts, "
                    + "%,d explained)%n", run, summary.events(), summary.elapsedMillis(), summary.contextMillis(),
                    perSecond(summary.events(), summary.elapsedMillis()), summary.alerts(), summary.explained());
            if (run == 1) {
                out.print("Quality: " + tally.result(summary).describe());
            }
            if (best == null || summary.elapsedMillis() < best.elapsedMillis()) {
                best = summary;
            }
            if (baseline) {
                PostgresBaseline.Result result = PostgresBaseline.run(data, work.resolve("postgres"));
                out.printf("Run %d, PostgreSQL baseline: %,d events in %,d ms (COPY and ANALYZE %,d ms, query %,d ms) = "
                        + "%,.0f events/s, %,d explained%s%n", run, result.events(), result.totalMillis(),
                        result.copyMillis(), result.queryMillis(), perSecond(result.events(), result.totalMillis()),
                        result.explained(),
                        result.explained() == summary.explained() ? " (same as the engine)" : " (ENGINE DIFFERS)");
                if (bestBaseline == null || result.totalMillis() < bestBaseline.totalMillis()) {
                    bestBaseline = result;
                }
            }
        }
        double endToEnd = perSecond(best.events(), best.elapsedMillis());
        out.printf("Engine end to end, best of %d: %,.0f events/s (%,d ms)%n", runs, endToEnd, best.elapsedMillis());
        out.printf("Peak heap during the scans: %,d MB used (garbage included), %,d MB live after GC (max heap %,d MB)%n",
                peakUsed >> 20, maxAfterGc >> 20, HeapMonitor.maxHeapBytes() >> 20);
        out.printf("Detector alone: %,.0f events/s on %,d events held in memory%n", core(data), coreEvents);
        if (bestBaseline != null) {
            double baselineRate = perSecond(bestBaseline.events(), bestBaseline.totalMillis());
            out.printf("PostgreSQL baseline, best of %d: %,.0f events/s (%,d ms)%n", runs, baselineRate,
                    bestBaseline.totalMillis());
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
