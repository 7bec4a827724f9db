package be.kompas.policy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.policy.ClimateDimension;
import be.kompas.policy.ClimateSurveys;
import be.kompas.policy.ClimateSwot;
import be.kompas.policy.GrowthPhase;
import be.kompas.policy.SurveyResults;
import be.kompas.policy.SurveyStatus;
import jakarta.servlet.http.HttpSession;

/**
 * The ethical climate survey: composing, opening and closing it and its results with the yearly SWOT (coordinator,
 * readers), and taking part (staff). A participant's one-time token lives only in their session until they answer.
 */
@Controller
@RequestMapping("/policy/surveys")
class SurveyController {

    static final String LIST_VIEW = "policy/surveys";
    static final String VIEW = "policy/survey";
    static final String TAKE_VIEW = "policy/survey-take";
    private static final String TOKEN = "policy.survey.token.";

    private final ClimateSurveys surveys;

    SurveyController(ClimateSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('policy.read')")
    String list(Model model) {
        var organisation = CurrentUser.require().organisationId();
        var trend = surveys.trend(organisation);
        model.addAttribute("surveys", surveys.surveys(organisation));
        model.addAttribute("trend", trend);
        model.addAttribute("chart", ClimateChart.of(trend));
        model.addAttribute("dimensions", ClimateDimension.values());
        model.addAttribute("minimumGroup", ClimateSurveys.MINIMUM_GROUP);
        return LIST_VIEW;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('policy.read')")
    ResponseEntity<byte[]> export() {
        var header = new ArrayList<>(List.of("year", "title", "group", "respondents"));
        Arrays.stream(ClimateDimension.values()).map(dimension -> dimension.name().toLowerCase()).forEach(header::add);
        var rows = new ArrayList<List<String>>();
        for (var results : surveys.trend(CurrentUser.require().organisationId())) {
            rows.add(csvRow(results, results.overall()));
            results.groups().forEach(group -> rows.add(csvRow(results, group)));
        }
        return PolicyCsv.download("climate-survey.csv", header, rows);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String create(@RequestParam(defaultValue = "0") int year, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String groups, RedirectAttributes redirect) {
        try {
            var id = surveys.create(CurrentUser.require().organisationId(), year, title, groups.lines().toList());
            redirect.addFlashAttribute("flash", "policy.survey.created");
            return "redirect:/policy/surveys/" + id;
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.survey.invalid");
            return "redirect:/policy/surveys";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('policy.read')")
    String show(@PathVariable UUID id, Model model) {
        var organisation = CurrentUser.require().organisationId();
        var results = surveys.results(organisation, id);
        var swot = surveys.swot(organisation, results.survey().year());
        model.addAttribute("survey", results.survey());
        model.addAttribute("items", surveys.items(organisation, id));
        model.addAttribute("results", results);
        model.addAttribute("swot", swot);
        model.addAttribute("suggestedPhase", GrowthPhase.suggestedBy(results.overall().overallMean()).orElse(null));
        model.addAttribute("dimensions", ClimateDimension.values());
        model.addAttribute("phases", GrowthPhase.values());
        model.addAttribute("draft", results.survey().status() == SurveyStatus.DRAFT);
        model.addAttribute("minimumGroup", ClimateSurveys.MINIMUM_GROUP);
        return VIEW;
    }

    @PostMapping("/{id}/items")
    @PreAuthorize("hasAuthority('policy.manage')")
    String addItem(@PathVariable UUID id, @RequestParam ClimateDimension dimension,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        return change(id, redirect, "policy.survey.itemAdded",
                () -> surveys.addItem(CurrentUser.require().organisationId(), id, dimension, text));
    }

    @PostMapping("/{id}/items/{item}/remove")
    @PreAuthorize("hasAuthority('policy.manage')")
    String removeItem(@PathVariable UUID id, @PathVariable UUID item, RedirectAttributes redirect) {
        return change(id, redirect, "policy.survey.itemRemoved",
                () -> surveys.removeItem(CurrentUser.require().organisationId(), id, item));
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("hasAuthority('policy.manage')")
    String open(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
            RedirectAttributes redirect) {
        return change(id, redirect, "policy.survey.opened", () -> {
            if (closesOn == null) {
                throw InvalidInputException.of("closesOn", "required");
            }
            surveys.open(CurrentUser.require().organisationId(), id, closesOn);
        });
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('policy.manage')")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, redirect, "policy.survey.closed",
                () -> surveys.close(CurrentUser.require().organisationId(), id));
    }

    @PostMapping("/{id}/swot")
    @PreAuthorize("hasAuthority('policy.manage')")
    String saveSwot(@PathVariable UUID id, @RequestParam(defaultValue = "") String strengths,
            @RequestParam(defaultValue = "") String weaknesses, @RequestParam(defaultValue = "") String opportunities,
            @RequestParam(defaultValue = "") String threats, @RequestParam(defaultValue = "") String priorities,
            @RequestParam(required = false) @Nullable GrowthPhase phase, RedirectAttributes redirect) {
        var organisation = CurrentUser.require().organisationId();
        var year = surveys.find(organisation, id).year();
        surveys.saveSwot(organisation,
                new ClimateSwot(year, strengths, weaknesses, opportunities, threats, priorities, phase));
        redirect.addFlashAttribute("flash", "policy.survey.swotSaved");
        return "redirect:/policy/surveys/" + id;
    }

    @PostMapping("/{id}/swot/plan")
    @PreAuthorize("hasAuthority('policy.manage')")
    String planPriority(@PathVariable UUID id, @RequestParam(defaultValue = "") String priority,
            RedirectAttributes redirect) {
        var organisation = CurrentUser.require().organisationId();
        return change(id, redirect, "policy.survey.planned",
                () -> surveys.planPriority(organisation, surveys.find(organisation, id).year(), priority));
    }

    @GetMapping("/open")
    @PreAuthorize("hasAuthority('policy.survey.answer')")
    String openSurveys(Model model) {
        var user = CurrentUser.require();
        var open = surveys.openSurveys(user.organisationId());
        model.addAttribute("openSurveys", open);
        model.addAttribute("answered", open.stream()
                .filter(survey -> surveys.tookPart(user.organisationId(), survey.id(), user.id()))
                .map(survey -> survey.id()).toList());
        return TAKE_VIEW;
    }

    @GetMapping("/{id}/take")
    @PreAuthorize("hasAuthority('policy.survey.answer')")
    String take(@PathVariable UUID id, HttpSession session, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var token = (String) session.getAttribute(TOKEN + id);
        if (token == null) {
            try {
                token = surveys.issueToken(user.organisationId(), id, user.id()).orElse(null);
            }
            catch (InvalidInputException e) {
                redirect.addFlashAttribute("flash", "policy.survey.notOpen");
                return "redirect:/policy/surveys/open";
            }
            if (token == null) {
                redirect.addFlashAttribute("flash", "policy.survey.alreadyTaken");
                return "redirect:/policy/surveys/open";
            }
            session.setAttribute(TOKEN + id, token);
        }
        model.addAttribute("survey", surveys.find(user.organisationId(), id));
        model.addAttribute("items", surveys.items(user.organisationId(), id));
        model.addAttribute("token", token);
        return TAKE_VIEW;
    }

    @PostMapping("/{id}/take")
    @PreAuthorize("hasAuthority('policy.survey.answer')")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String group, @RequestParam Map<String, String> params,
            HttpSession session, RedirectAttributes redirect) {
        var scores = new HashMap<UUID, Integer>();
        params.forEach((name, value) -> {
            if (name.matches("score_[0-9a-f-]{36}") && value.matches("[1-5]")) {
                scores.put(UUID.fromString(name.substring("score_".length())), Integer.valueOf(value));
            }
        });
        try {
            surveys.answer(CurrentUser.require().organisationId(), token, group, scores);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", e.errors().containsKey("token") ? "policy.survey.tokenUsed"
                    : e.errors().containsKey("status") ? "policy.survey.notOpen" : "policy.survey.incomplete");
            return e.errors().containsKey("token") || e.errors().containsKey("status")
                    ? "redirect:/policy/surveys/open" : "redirect:/policy/surveys/" + id + "/take";
        }
        session.removeAttribute(TOKEN + id);
        redirect.addFlashAttribute("flash", "policy.survey.thanks");
        return "redirect:/policy/surveys/open";
    }

    private String change(UUID id, RedirectAttributes redirect, String done, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("flash", done);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.survey.invalid." + e.errors().keySet().iterator().next());
        }
        return "redirect:/policy/surveys/" + id;
    }

    private static List<String> csvRow(SurveyResults results, SurveyResults.GroupResult group) {
        var row = new ArrayList<>(List.of(String.valueOf(results.survey().year()),
                results.survey().title(), group.group(), String.valueOf(group.respondents())));
        for (var dimension : ClimateDimension.values()) {
            row.add(group.mean(dimension).map(mean -> String.format(Locale.ROOT, "%.2f", mean)).orElse(""));
        }
        return row;
    }
}
