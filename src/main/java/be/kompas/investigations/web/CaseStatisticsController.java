package be.kompas.investigations.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
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

import be.kompas.core.Formats;
import be.kompas.identity.CurrentUser;
import be.kompas.investigations.internal.CaseStatistics;

/** The figures of the zone (caseload, lead times, decisions, annual figures, export) and the AIG's national view. */
@Controller
@RequestMapping("/investigations")
class CaseStatisticsController {

    private final CaseStatistics statistics;
    private final Clock clock;

    CaseStatisticsController(CaseStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    private int year(@Nullable Integer year) {
        return year != null ? year : LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('investigations.statistics')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        var org = CurrentUser.require().organisationId();
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("caseload", statistics.caseload(org));
        model.addAttribute("leadTimes", statistics.leadTimes(org, y));
        model.addAttribute("decisions", statistics.decisions(org));
        model.addAttribute("annual", statistics.annual(org, y));
        return "investigations/statistics";
    }

    @GetMapping(value = "/statistics/export.csv")
    @PreAuthorize("hasAuthority('investigations.statistics')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Integer year) {
        int y = year(year);
        var csv = new StringBuilder("reference,bureau,origin,track,status,opened_on,closed_on,outcome,sanction,"
                + "fact_codes,staff_count\n");
        for (var row : statistics.export(CurrentUser.require().organisationId(), y)) {
            csv.append(String.join(",", List.of(row.reference(), row.bureau(), row.origin(), text(row.track()),
                    row.status(), row.openedOn(), text(row.closedOn()), text(row.outcome()), text(row.sanction()),
                    row.factCodes(), String.valueOf(row.staffCount())))).append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("investigations-" + y + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Values are codes, dates and numbers, never free text, so no quoting is needed. */
    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @GetMapping("/national")
    @PreAuthorize("hasAuthority('investigations.national')")
    String national(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("rows", statistics.national(y));
        model.addAttribute("small", CaseStatistics.SMALL_COUNT);
        return "investigations/national";
    }
}
