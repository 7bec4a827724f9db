package be.kompas.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.policy.PolicyReminders;
import be.kompas.policy.Recommendation;
import be.kompas.policy.RecommendationSource;
import be.kompas.policy.RecommendationStatus;
import be.kompas.policy.Recommendations;
import be.kompas.tenancy.OrganisationId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The register of control-body recommendations and their follow-up. */
@Controller
@RequestMapping("/policy/recommendations")
@PreAuthorize("hasAuthority('policy.read')")
class RecommendationController {

    static final String LIST_VIEW = "policy/recommendations";
    static final String FORM_VIEW = "policy/recommendation-form";
    static final int PAGE_SIZE = 25;

    private final Recommendations recommendations;
    private final Clock clock;
    private final ReminderOwnerController.Choices reminderChoices;

    RecommendationController(Recommendations recommendations, Clock clock,
            ReminderOwnerController.Choices reminderChoices) {
        this.recommendations = recommendations;
        this.reminderChoices = reminderChoices;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable RecommendationSource source,
            @RequestParam(required = false) @Nullable RecommendationStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page",
                recommendations.search(organisation(), source, status, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("source", source);
        model.addAttribute("status", status);
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))));
        model.addAttribute("filters", (source == null ? "" : "&source=" + source)
                + (status == null ? "" : "&status=" + status));
        return LIST_VIEW;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        var all = new ArrayList<Recommendation>();
        for (var page = 0; all.size() == page * PageRequest.MAX_SIZE; page++) {
            all.addAll(recommendations.search(organisation(), null, null, PageRequest.of(page, PageRequest.MAX_SIZE))
                    .content());
        }
        var rows = all.stream().map(r -> List.of(r.source().name(), r.reference(), r.issuedOn().toString(),
                        r.text(), r.measures(), r.owner(), r.dueDate() == null ? "" : r.dueDate().toString(),
                        r.status().name(), r.evidence()))
                .toList();
        return PolicyCsv.download("recommendations.csv", List.of("source", "reference", "issued_on", "text",
                "measures", "owner", "due_date", "status", "evidence"), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('policy.manage')")
    String newRecommendation(Model model) {
        return form(new RecommendationForm(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String create(@Valid @ModelAttribute("form") RecommendationForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(form, binding, null, model, response, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return form(RecommendationForm.of(recommendations.find(organisation(), id)), id, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy.manage')")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") RecommendationForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        recommendations.find(organisation(), id);
        return save(form, binding, id, model, response, redirect);
    }

    @PostMapping("/import/aig")
    @PreAuthorize("hasAuthority('policy.manage')")
    String importAig(RedirectAttributes redirect) {
        recommendations.importAig(organisation());
        redirect.addFlashAttribute("flash", "policy.recommendation.imported");
        return "redirect:/policy/recommendations";
    }

    private String save(RecommendationForm form, BindingResult binding, @Nullable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (id == null) {
                    recommendations.add(organisation(), form.toChange());
                }
                else {
                    recommendations.change(organisation(), id, form.toChange());
                }
                redirect.addFlashAttribute("flash", "policy.recommendation.saved");
                return "redirect:/policy/recommendations";
            }
            catch (InvalidInputException e) {
                RiskController.reject(e, binding);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(form, id, model);
    }

    private String form(RecommendationForm form, @Nullable UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("recommendationId", id);
        if (id != null) {
            reminderChoices.addTo(model, PolicyReminders.Kind.RECOMMENDATION, id);
        }
        return FORM_VIEW;
    }

    private static OrganisationId organisation() {
        return CurrentUser.require().organisationId();
    }
}
