package be.kompas.complaints.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintStatistics;
import be.kompas.complaints.ExportRow;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/** The yearly figures with their trend chart, the CSV export and the AIG's national view. */
@Controller
@RequestMapping("/complaints")
class StatisticsController {

    static final String STATISTICS_VIEW = "complaints/statistics";
    static final String NATIONAL_VIEW = "complaints/national";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ComplaintStatistics statistics;
    private final Clock clock;

    StatisticsController(ComplaintStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? thisYear() : year;
        var figures = statistics.year(CurrentUser.require().organisationId(), shown);
        model.addAttribute("figures", figures);
        model.addAttribute("chart", TrendChart.of(figures.months()));
        model.addAttribute("years", years());
        model.addAttribute("kinds", ComplaintKind.values());
        return STATISTICS_VIEW;
    }

    @GetMapping("/statistics/export.csv")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    ResponseEntity<byte[]> export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "is before from");
        }
        var rows = statistics.export(CurrentUser.require().organisationId(), from, to);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("complaints-" + from + "-" + to + ".csv").build().toString())
                .body(csv(rows));
    }

    /** UTF-8 with a byte-order mark, so that spreadsheets read accents right. */
    static byte[] csv(List<ExportRow> rows) {
        var out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("reference", "kind", "channel", "received_on", "status", "fact_code", "route", "outcome",
                    "closed_on", "lead_working_days", "units");
            for (ExportRow row : rows) {
                csv.writeRecord(row.reference(), row.kind().name(), row.channel().name(),
                        row.receivedOn().toString(), row.status().name(), text(row.factCode()), text(row.route()),
                        text(row.outcome()), text(row.closedOn()), text(row.leadDays()), row.units());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    @GetMapping("/national")
    @PreAuthorize("hasAuthority('complaints.national')")
    String national(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? thisYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("figures", statistics.national(shown));
        return NATIONAL_VIEW;
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
    }

    /** This year and the four before it, newest first. */
    private List<Integer> years() {
        int now = thisYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }
}
