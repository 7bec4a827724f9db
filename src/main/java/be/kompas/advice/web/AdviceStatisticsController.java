package be.kompas.advice.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.advice.AdvicePermissions;
import be.kompas.advice.internal.AdviceService;
import be.kompas.advice.internal.AdviceStatistics;
import be.kompas.advice.internal.YearlyReportPdf;
import be.kompas.identity.CurrentUser;
import be.kompas.tenancy.Organisations;

/** The Advice Point's figures for one year, and archiving that year once its yearly report is presented. */
@Controller
@RequestMapping("/advice/statistics")
@PreAuthorize("hasAuthority('" + AdvicePermissions.STATISTICS + "')")
class AdviceStatisticsController {

    static final String VIEW = "advice/statistics";

    private final AdviceStatistics statistics;
    private final AdviceService advice;
    private final ReporterForms forms;
    private final YearlyReportPdf yearlyReport;
    private final Organisations organisations;

    AdviceStatisticsController(AdviceStatistics statistics, AdviceService advice, ReporterForms forms,
            YearlyReportPdf yearlyReport, Organisations organisations) {
        this.statistics = statistics;
        this.advice = advice;
        this.forms = forms;
        this.yearlyReport = yearlyReport;
        this.organisations = organisations;
    }

    @GetMapping
    String statistics(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        model.addAttribute("categoryLabels", forms.categories(CurrentUser.require().organisationId(), locale));
        int shown = year == null ? advice.today().getYear() : year;
        model.addAttribute("figures", statistics.of(CurrentUser.require(), shown));
        return VIEW;
    }

    /** Aggregates only (the yearly report of domain.md 3), so it may leave the browser as a file. */
    @GetMapping("/yearly-report")
    ResponseEntity<byte[]> yearlyReport(@RequestParam int year) {
        var user = CurrentUser.require();
        var organisation = organisations.get(user.organisationId());
        byte[] pdf = yearlyReport.render(organisation, statistics.forYearlyReport(user, year),
                forms.categories(user.organisationId(), organisation.locale()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("advice-yearly-report-" + year + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/archive")
    @PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
    String archive(@RequestParam int year, RedirectAttributes redirect) {
        statistics.archive(CurrentUser.require(), year);
        redirect.addFlashAttribute("flash", "advice.statistics.archived");
        return "redirect:/advice/statistics?year=" + year;
    }
}
