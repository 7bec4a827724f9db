package be.kompas.lookups.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A whole scan: load the context, stream the events through the detector, report alerts and a summary. */
public final class LookupScan {

    private LookupScan() {
    }

    /**
     * Scans an exchange-format directory and hands each alert to {@code listener} as it is found.
     *
     * @throws InputException if a required file or column is missing, naming it
     */
    public static ScanSummary scan(Path dataDirectory, DetectionSettings settings, ScanListener listener) {
        long started = System.nanoTime();
        BadRows badRows = new BadRows();
        LookupContext context = LookupContext.load(dataDirectory, badRows);
        long loaded = System.nanoTime();
        Detector detector = new Detector(context, settings, listener::alert, listener::updated);
        new EventReader(context, detector, badRows, settings).read(dataDirectory.resolve(EventReader.FILE), listener);
        detector.finish();
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (Reason reason : Reason.values()) {
            reasons.put(reason.name(), detector.reasonCount(reason));
        }
        return new ScanSummary(detector.events(), detector.alerts(), detector.explained(), detector.late(),
                (System.nanoTime() - started) / 1_000_000, (loaded - started) / 1_000_000, reasons, badRows.count(), badRows.kept(),
                settings.threshold(), context.staffCount(), context.subjectCount(), context.caseCount(),
                context.caseSubjectCount());
    }

    /** Scans and writes {@code alerts.csv} and {@code summary.json} into {@code outDirectory}. */
    public static ScanSummary scanToDirectory(Path dataDirectory, Path outDirectory, DetectionSettings settings,
            ScanListener progress) throws IOException {
        Files.createDirectories(outDirectory);
        ScanSummary summary;
        try (AlertWriter alerts = new AlertWriter(outDirectory.resolve("alerts.csv"))) {
            summary = scan(dataDirectory, settings, new ScanListener() {
                @Override
                public void alert(Alert alert) {
                    alerts.alert(alert);
                    progress.alert(alert);
                }

                @Override
                public void updated(Alert alert) {
                    progress.updated(alert);
                }

                @Override
                public void progress(long bytesRead, long totalBytes, long events) {
                    progress.progress(bytesRead, totalBytes, events);
                }
            });
        }
        AlertWriter.writeSummary(outDirectory.resolve("summary.json"), summary);
        return summary;
    }
}
