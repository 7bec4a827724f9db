package be.kompas.lookups.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A look-up proposed for review: one row of {@code alerts.csv}. A proposal, never a verdict.
 *
 * @param reasons the {@link Reason} bits
 */
public record Alert(String eventId, String officerId, String subjectId, int score, int reasons) {

    /** The reasons as written in {@code alerts.csv}, e.g. {@code SAME_SURNAME;UNEXPLAINED}. */
    public String reasonCodes() {
        return Reason.codes(reasons);
    }

    /** One row of {@code alerts.csv}, without line end: the value of an alert on a topic. */
    public String toCsvRow() {
        StringWriter row = new StringWriter(64);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(row)) {
            csv.writeRecord(eventId, officerId, subjectId, Integer.toString(score), reasonCodes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return row.toString().stripTrailing();
    }
}
