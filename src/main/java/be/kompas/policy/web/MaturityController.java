package be.kompas.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.policy.CultureItem;
import be.kompas.policy.Maturity;
import be.kompas.policy.MaturityTopic;
import be.kompas.policy.Recommendations;
import jakarta.servlet.http.HttpServletResponse;

/** The maturity self-assessment per year with its radar chart, and the AIG's national distribution. */
@Controller
class MaturityController {

    static final String VIEW = "policy/maturity";
    static final String NATIONAL_VIEW = "policy/national";

    private final Maturity maturity;
    private final Recommendations recommendations;
    private final Clock clock;

    MaturityController(Maturity maturity, Recommendations recommendations, Clock clock) {
        this.maturity = maturity;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    @GetMapping("/policy/maturity")
    @PreAuthorize("hasAuthority('policy.read')")
    String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
        var organisation = CurrentUser.require().organisationId();
        var years = maturity.years(organisation);
        var shown = year != null ? year : years.isEmpty() ? thisYear() : years.get(0);
        return page(shown, MaturityForm.of(maturity.assessment(organisation, shown)), model);
    }

    @GetMapping("/policy/maturity/export")
    @PreAuthorize("hasAuthority('policy.read')")
    ResponseEntity<byte[]> export() {
        var organisation = CurrentUser.require().organisationId();
        var rows = new java.util.ArrayList<List<String>>();
        for (var year : maturity.years(organisation)) {
            var assessment = maturity.assessment(organisation, year);
            for (var topic : MaturityTopic.values()) {
                assessment.score(topic).ifPresent(score -> rows.add(List.of(String.valueOf(year), topic.name(),
                        String.valueOf(score.level()), score.evidence())));
            }
        }
        return PolicyCsv.download("maturity.csv", List.of("year", "topic", "level", "evidence"), rows);
    }

    @PostMapping("/policy/maturity/{year}")
    @PreAuthorize("hasAuthority('policy.manage')")
    String record(@PathVariable int year, @ModelAttribute("form") MaturityForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            maturity.record(CurrentUser.require().organisationId(), year, form.scores(), form.getItems());
        }
        catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", e.errors().keySet());
            return page(year, form, model);
        }
        redirect.addFlashAttribute("flash", "policy.maturity.saved");
        return "redirect:/policy/maturity?year=" + year;
    }

    @PostMapping("/policy/maturity/import/gent")
    @PreAuthorize("hasAuthority('policy.manage')")
    String importGent(RedirectAttributes redirect) {
        maturity.importGentBaseline(CurrentUser.require().organisationId());
        redirect.addFlashAttribute("flash", "policy.maturity.imported");
        return "redirect:/policy/maturity?year=2023";
    }

    /**
     * Only counts: per maturity level, never zones, and nothing for a topic fewer than five zones scored; per zone, the
     * follow-up of its recommendations.
     */
    @GetMapping("/policy/national")
    @PreAuthorize("hasAuthority('policy.national')")
    String national(@RequestParam(required = false) @Nullable Integer year, Model model) {
        var shown = year == null ? thisYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("distribution", maturity.nationalDistribution(shown));
        model.addAttribute("followUp", recommendations.nationalFollowUp());
        return NATIONAL_VIEW;
    }

    private String page(int year, MaturityForm form, Model model) {
        var organisation = CurrentUser.require().organisationId();
        model.addAttribute("year", year);
        model.addAttribute("years", maturity.years(organisation));
        model.addAttribute("form", form);
        model.addAttribute("topics", MaturityTopic.values());
        model.addAttribute("cultureItems", CultureItem.values());
        model.addAttribute("answers", CultureItem.Answer.values());
        model.addAttribute("chart", RadarChart.of(maturity.assessment(organisation, year),
                maturity.assessment(organisation, year - 1)));
        model.addAttribute("national", maturity.nationalDistribution(year));
        return VIEW;
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))).getYear();
    }
}
