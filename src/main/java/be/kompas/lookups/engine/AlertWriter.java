package be.kompas.lookups.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes {@code alerts.csv}: a header, then one row per alert, columns in the order of the exchange format. */
public final class AlertWriter implements ScanListener, Closeable {

    private final CsvWriter csv;

    public AlertWriter(Path file) throws IOException {
        csv = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(file);
        csv.writeRecord("event_id", "officer_id", "subject_id", "score", "reasons");
    }

    @Override
    public void alert(Alert alert) {
        try {
            csv.writeRecord(alert.eventId(), alert.officerId(), alert.subjectId(), Integer.toString(alert.score()),
                    alert.reasonCodes());
        }
        catch (UncheckedIOException e) {
            throw new InputException("Cannot write alerts.csv: " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    static void writeSummary(Path file, ScanSummary summary) throws IOException {
        Files.writeString(file, summary.toJson());
    }
}
