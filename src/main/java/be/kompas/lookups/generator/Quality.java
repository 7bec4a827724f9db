package be.kompas.lookups.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import be.kompas.lookups.engine.Alert;
import be.kompas.lookups.engine.DetectionSettings;
import be.kompas.lookups.engine.LookupScan;
import be.kompas.lookups.engine.ScanSummary;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * How well a scan finds the look-ups planted in a generated data set. Planted look-ups are never explained by
 * construction, so every explained look-up is a legitimate one.
 */
public record Quality(long events, long planted, long proposed, long truePositives, long explained,
        Map<PlantedKind, long[]> perKind) {

    public double recall() {
        return planted == 0 ? 1 : (double) truePositives / planted;
    }

    public double precision() {
        return proposed == 0 ? 1 : (double) truePositives / proposed;
    }

    public double legitimateExplained() {
        return (double) explained / (events - planted);
    }

    public double recall(PlantedKind kind) {
        long[] counts = perKind.get(kind);
        return counts[1] == 0 ? 1 : (double) counts[0] / counts[1];
    }

    /** Scans {@code data} and compares the alerts with its {@code ground-truth.csv}. */
    public static Quality measure(Path data, DetectionSettings settings) throws IOException {
        Tally tally = new Tally(data);
        return tally.result(LookupScan.scan(data, settings, tally::alert));
    }

    /** Counts the planted look-ups among alerts as they come, for a scan run elsewhere. */
    public static final class Tally {

        private final Map<String, PlantedKind> truth = new HashMap<>();
        private final Map<PlantedKind, long[]> perKind = new EnumMap<>(PlantedKind.class);
        private long found;

        public Tally(Path data) throws IOException {
            try (Reader in = Files.newBufferedReader(data.resolve("ground-truth.csv"));
                    CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in)) {
                reader.skipLines(1);
                for (CsvRecord row : reader) {
                    truth.put(row.getField(0), PlantedKind.valueOf(row.getField(1)));
                }
            }
            for (PlantedKind kind : PlantedKind.values()) {
                perKind.put(kind, new long[2]);
            }
            truth.values().forEach(kind -> perKind.get(kind)[1]++);
        }

        public void alert(Alert alert) {
            PlantedKind kind = truth.get(alert.eventId());
            if (kind != null) {
                found++;
                perKind.get(kind)[0]++;
            }
        }

        public Quality result(ScanSummary summary) {
            return new Quality(summary.events(), truth.size(), summary.alerts(), found, summary.explained(),
                    perKind);
        }
    }

    public String describe() {
        StringBuilder text = new StringBuilder(String.format(
                "recall %.4f, precision %.4f, legitimate look-ups explained %.4f (%,d planted, %,d proposed)%n",
                recall(), precision(), legitimateExplained(), planted, proposed));
        for (PlantedKind kind : PlantedKind.values()) {
            text.append(String.format("  %-18s recall %.4f%n", kind, recall(kind)));
        }
        return text.toString();
    }
}
