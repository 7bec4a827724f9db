package be.kompas.advice.web;

import java.util.Locale;

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
import be.kompas.identity.CurrentUser;

/** The Advice Point's figures for one year, and archiving that year once its yearly report is presented. */
@Controller
@RequestMapping("/advice/statistics")
@PreAuthorize("hasAuthority('" + AdvicePermissions.STATISTICS + "')")
class AdviceStatisticsController {

    static final String VIEW = "advice/statistics";

    private final AdviceStatistics statistics;
    private final AdviceService advice;
    private final ReporterForms forms;

    AdviceStatisticsController(AdviceStatistics statistics, AdviceService advice, ReporterForms forms) {
        this.statistics = statistics;
        this.advice = advice;
        this.forms = forms;
    }

    @GetMapping
    String statistics(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        model.addAttribute("categoryLabels", forms.categories(CurrentUser.require().organisationId(), locale));
        int shown = year == null ? advice.today().getYear() : year;
        model.addAttribute("figures", statistics.of(CurrentUser.require(), shown));
        return VIEW;
    }

    @PostMapping("/archive")
    @PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
    String archive(@RequestParam int year, RedirectAttributes redirect) {
        statistics.archive(CurrentUser.require(), year);
        redirect.addFlashAttribute("flash", "advice.statistics.archived");
        return "redirect:/advice/statistics?year=" + year;
    }
}
