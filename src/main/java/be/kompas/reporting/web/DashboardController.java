package be.kompas.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.kompas.identity.CurrentUser;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.internal.Commentary;
import be.kompas.reporting.internal.Dashboards;
import be.kompas.reporting.internal.Dashboards.Dashboard;

/** The dashboards: the organisation's (chief, coordinator), a line manager's unit, and the AIG's national one. */
@Controller
@RequestMapping("/reporting")
class DashboardController {

    static final String DASHBOARD_VIEW = "reporting/dashboard";
    static final String NATIONAL_VIEW = "reporting/national";
    private static final int YEARS_BACK = 5;

    private final Dashboards dashboards;
    private final MessageSource messages;

    DashboardController(Dashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('reporting.organisation')")
    String organisation(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int shown = year(year);
        return dashboard(dashboards.organisation(CurrentUser.require(), shown), false, model, locale);
    }

    @GetMapping("/unit")
    @PreAuthorize("hasAuthority('reporting.unit')")
    String unit(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int shown = year(year);
        return dashboard(dashboards.unit(CurrentUser.require(), shown), true, model, locale);
    }

    @GetMapping("/national")
    @PreAuthorize("hasAuthority('reporting.national')")
    String national(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("sections", dashboards.national(CurrentUser.require(), shown, section -> {
        }));
        return NATIONAL_VIEW;
    }

    private String dashboard(Dashboard dashboard, boolean unit, Model model, Locale locale) {
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("unit", unit);
        model.addAttribute("years", years());
        Map<ReportSection, List<String>> comments = new LinkedHashMap<>();
        for (FigureSection section : dashboard.sections()) {
            comments.put(section.section(), Commentary.sentences(section, dashboard.year(), messages, locale));
        }
        model.addAttribute("comments", comments);
        return DASHBOARD_VIEW;
    }

    private int year(@Nullable Integer year) {
        int thisYear = dashboards.today().getYear();
        return year == null || year < thisYear - YEARS_BACK || year > thisYear ? thisYear : year;
    }

    private List<Integer> years() {
        int thisYear = dashboards.today().getYear();
        return IntStream.rangeClosed(0, YEARS_BACK).mapToObj(i -> thisYear - i).toList();
    }
}
