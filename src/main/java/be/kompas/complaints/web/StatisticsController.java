package be.kompas.complaints.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

import be.kompas.audit.AuditTrail;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintStatistics;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.ExportRow;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.document.PdfDocuments;
import be.kompas.tenancy.Organisations;
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
    /** Years in the trend of ombuds norms and themes, the year shown included. */
    static final int TREND_YEARS = 5;
    static final String STATISTICS_RECORD = "complaint-statistics";
    static final String EXPORT_RECORD = "complaint-export";

    private final ComplaintStatistics statistics;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Formats formats;
    private final AuditTrail trail;
    private final Clock clock;

    StatisticsController(ComplaintStatistics statistics, Organisations organisations, MessageSource messages,
            Formats formats, AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.statistics = statistics;
        this.organisations = organisations;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? thisYear() : year;
        var organisation = CurrentUser.require().organisationId();
        var figures = statistics.year(organisation, shown);
        trail.read(STATISTICS_RECORD, shown, null);
        model.addAttribute("figures", figures);
        model.addAttribute("chart", TrendChart.of(figures.months()));
        model.addAttribute("tagChart", TagTrendChart.of(statistics.tagTrend(organisation, shown - TREND_YEARS + 1,
                shown)));
        model.addAttribute("years", years());
        model.addAttribute("kinds", ComplaintKind.values());
        return STATISTICS_VIEW;
    }

    @GetMapping("/statistics/export.csv")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    ResponseEntity<byte[]> export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var rows = rows("csv", from, to);
        return download(new MediaType("text", "csv", StandardCharsets.UTF_8), "complaints-" + from + "-" + to + ".csv",
                csv(rows));
    }

    /** The period's figures, charts and items as a PDF for the control bodies, in the reader's language. */
    @GetMapping("/statistics/export.pdf")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    ResponseEntity<byte[]> exportPdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
        var rows = rows("pdf", from, to);
        var organisation = organisations.get(CurrentUser.require().organisationId());
        return download(MediaType.APPLICATION_PDF, "complaints-" + from + "-" + to + ".pdf", PdfDocuments.toBytes(
                PeriodReport.of(messages, formats, locale, organisation.name(), from, to, rows)));
    }

    /** The period's complaints for the national complaint database (KLFP), see {@link KlfpExport}. */
    @GetMapping("/statistics/export.klfp.json")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    ResponseEntity<KlfpExport> exportKlfp(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var rows = rows("klfp", from, to);
        var organisation = organisations.get(CurrentUser.require().organisationId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("klfp-" + organisation.code() + "-" + from + "-" + to + ".json").build().toString())
                .body(KlfpExport.of(organisation, from, to, today(), rows));
    }

    /** The period's items; the export is one entry in the audit trail, with its format and period. */
    private List<ExportRow> rows(String format, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "is before from");
        }
        var rows = statistics.export(CurrentUser.require().organisationId(), from, to);
        trail.read(EXPORT_RECORD, format + " " + from + ".." + to, null);
        return rows;
    }

    private static ResponseEntity<byte[]> download(MediaType type, String filename, byte[] body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(body);
    }

    /**
     * UTF-8 with a byte-order mark, so that spreadsheets read accents right. Tags (ombuds norms and themes) and the
     * staff involved ("personnel number name") are joined with {@code ; } in one column each.
     */
    static byte[] csv(List<ExportRow> rows) {
        var out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("reference", "kind", "channel", "received_on", "status", "fact_code", "route", "outcome",
                    "closed_on", "lead_working_days", "units", "tags", "involved_staff_count", "involved_staff");
            for (ExportRow row : rows) {
                csv.writeRecord(row.reference(), row.kind().name(), row.channel().name(),
                        row.receivedOn().toString(), row.status().name(), text(row.factCode()), text(row.route()),
                        text(row.outcome()), text(row.closedOn()), text(row.leadDays()), row.units(),
                        row.tags().stream().sorted().map(ComplaintTag::name).collect(Collectors.joining("; ")),
                        String.valueOf(row.involvedStaff()), String.join("; ", row.staff()));
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
        trail.read("complaint-national", shown, null);
        return NATIONAL_VIEW;
    }

    private int thisYear() {
        return today().getYear();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /** This year and the four before it, newest first. */
    private List<Integer> years() {
        int now = thisYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }
}
