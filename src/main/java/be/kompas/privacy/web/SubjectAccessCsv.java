package be.kompas.privacy.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import be.kompas.privacy.SubjectAccessReport;

/**
 * A subject-access report as CSV, one row per field of each record, so that records of every shape fit one table.
 * UTF-8 with a byte-order mark, so that spreadsheets read accents right.
 */
final class SubjectAccessCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private SubjectAccessCsv() {
    }

    static byte[] write(SubjectAccessReport report) {
        var out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("module", "record_type", "record_id", "date", "summary", "field", "value");
            for (var group : report.groups()) {
                for (var record : group.records()) {
                    String date = record.date() == null ? "" : record.date().toString();
                    for (var field : record.fields().entrySet()) {
                        csv.writeRecord(group.module(), group.recordType(), cell(record.recordId()), date,
                                cell(record.summary()), field.getKey(), cell(field.getValue()));
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Values typed by users may start like a formula; a leading quote keeps spreadsheets from running them. */
    private static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
