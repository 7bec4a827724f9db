package be.kompas.registers.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** A register as CSV: UTF-8 with a byte-order mark, so that spreadsheets read accents right. */
final class CsvExport {

    private CsvExport() {
    }

    static ResponseEntity<byte[]> of(String fileName, List<String> header, List<List<String>> rows) {
        var out = new StringWriter().append('\uFEFF');
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(header);
            rows.forEach(row -> csv.writeRecord(row.stream().map(CsvExport::cell).toList()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Values typed by users may start like a formula; a leading quote keeps spreadsheets from running them. */
    private static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
