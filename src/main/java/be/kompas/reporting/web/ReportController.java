package be.kompas.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.reporting.ReportSection.Report;
import be.kompas.reporting.ReportingPermissions;
import be.kompas.reporting.internal.Dashboards;
import be.kompas.reporting.internal.ReportJobs;
import be.kompas.reporting.internal.ReportJobs.Download;
import be.kompas.reporting.internal.ReportJobs.Format;

/**
 * The yearly reports: pick report, year, format and language; the report is built in the background while the
 * progress bar polls (htmx, or the refresh link without JavaScript); then the file is downloaded.
 */
@Controller
@RequestMapping("/reporting/reports")
@PreAuthorize("hasAnyAuthority('reporting.organisation', 'reporting.national')")
class ReportController {

    static final String REPORTS_VIEW = "reporting/reports";
    static final String JOB_VIEW = "reporting/job";
    static final List<String> LANGUAGES = List.of("nl", "fr", "en");

    private final ReportJobs jobs;
    private final Dashboards dashboards;

    ReportController(ReportJobs jobs, Dashboards dashboards) {
        this.jobs = jobs;
        this.dashboards = dashboards;
    }

    @GetMapping
    String reports(Model model, Locale locale) {
        var user = CurrentUser.require();
        int thisYear = dashboards.today().getYear();
        model.addAttribute("reports", reports(user));
        model.addAttribute("years", IntStream.rangeClosed(0, 5).mapToObj(i -> thisYear - i).toList());
        model.addAttribute("formats", Format.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("language", LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en");
        return REPORTS_VIEW;
    }

    @PostMapping
    String start(@RequestParam Report report, @RequestParam int year, @RequestParam String format,
            @RequestParam(required = false) @Nullable String language) {
        var user = CurrentUser.require();
        if (!reports(user).contains(report)) {
            throw new org.springframework.security.access.AccessDeniedException("Report " + report);
        }
        String lang = language != null && LANGUAGES.contains(language) ? language : "en";
        UUID id = jobs.start(user, report, year, Format.parse(format), Locale.forLanguageTag(lang));
        return "redirect:/reporting/reports/jobs/" + id;
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.status(CurrentUser.require(), id));
        return JOB_VIEW;
    }

    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.status(CurrentUser.require(), id));
        return JOB_VIEW + " :: progress";
    }

    @GetMapping("/jobs/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return ReportController.file(jobs.download(CurrentUser.require(), id));
    }

    static ResponseEntity<byte[]> file(Download download) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.content());
    }

    private static List<Report> reports(KompasUser user) {
        if (user.can(ReportingPermissions.NATIONAL)) {
            return List.of(Report.NATIONAL);
        }
        return List.of(Report.ANNUAL, Report.B9, Report.B10);
    }
}
