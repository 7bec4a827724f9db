package be.kompas.policy.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A register as a CSV download: UTF-8 with a byte-order mark so that spreadsheets read accents right, and cells that
 * start like a formula quoted so that spreadsheets do not run them.
 */
final class PolicyCsv {

    private PolicyCsv() {
    }

    static ResponseEntity<byte[]> download(String filename, List<String> header, List<List<String>> rows) {
        var out = new StringWriter().append('\uFEFF');
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(header);
            rows.forEach(row -> csv.writeRecord(row.stream().map(PolicyCsv::cell).toList()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
