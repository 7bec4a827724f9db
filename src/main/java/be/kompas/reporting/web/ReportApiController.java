package be.kompas.reporting.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.identity.CurrentUser;
import be.kompas.reporting.ReportSection.Report;
import be.kompas.reporting.internal.ReportJobs;
import be.kompas.reporting.internal.ReportJobs.Format;

/**
 * The yearly reports as files: the caller's organisation's annual report (or B9, B10) for the chief of police and the
 * coordinator, the national report for the AIG. Built at once: even the national report takes seconds.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final ReportJobs jobs;

    ReportApiController(ReportJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * @param report ANNUAL (default), B9 (complaints and internal investigations) or B10 (violence by and against
     *     police)
     * @param lang nl, fr or en; by default the language of the request
     */
    @GetMapping("/annual")
    @PreAuthorize("hasAuthority('reporting.organisation')")
    ResponseEntity<byte[]> annual(@RequestParam int year, @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable Report report,
            @RequestParam(required = false) @Nullable String lang, Locale locale) {
        var kind = report == null || report == Report.NATIONAL ? Report.ANNUAL : report;
        return ReportController.file(jobs.build(CurrentUser.require(), kind, year, Format.parse(format),
                language(lang, locale)));
    }

    @GetMapping("/national")
    @PreAuthorize("hasAuthority('reporting.national')")
    ResponseEntity<byte[]> national(@RequestParam int year, @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String lang, Locale locale) {
        return ReportController.file(jobs.build(CurrentUser.require(), Report.NATIONAL, year, Format.parse(format),
                language(lang, locale)));
    }

    private static Locale language(@Nullable String lang, Locale locale) {
        String chosen = lang != null ? lang : locale.getLanguage();
        return Locale.forLanguageTag(ReportController.LANGUAGES.contains(chosen) ? chosen : "en");
    }
}
