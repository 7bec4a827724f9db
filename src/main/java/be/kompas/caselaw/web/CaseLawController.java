package be.kompas.caselaw.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.util.UriComponentsBuilder;

import be.kompas.caselaw.CaseLaw;
import be.kompas.caselaw.CaseLawQuery;
import be.kompas.caselaw.Outcome;
import be.kompas.caselaw.Sanctions;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.investigations.Track;
import be.kompas.policy.RiskFamily;
import jakarta.validation.Valid;

/** Search, consistency view, similar decisions, and the head of internal oversight's entry and publication. */
@Controller
@RequestMapping("/caselaw")
class CaseLawController {

    static final String SEARCH_VIEW = "caselaw/search";
    static final String DETAIL_VIEW = "caselaw/detail";
    static final String FORM_VIEW = "caselaw/form";
    static final String CONSISTENCY_VIEW = "caselaw/consistency";
    static final String SIMILAR_VIEW = "caselaw/similar";
    static final String SIMILAR_FRAGMENT = "caselaw/similar :: list";
    static final int PAGE_SIZE = 20;
    static final int SIMILAR_SIZE = 10;

    private final CaseLaw caseLaw;
    private final Clock clock;

    CaseLawController(CaseLaw caseLaw, Clock clock) {
        this.caseLaw = caseLaw;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('caselaw.read')")
    String search(@RequestParam(required = false) @Nullable String factCode,
            @RequestParam(required = false) @Nullable String riskFamily,
            @RequestParam(required = false) @Nullable String sanction,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "false") boolean drafts, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var query = new CaseLawQuery(blankToNull(factCode), blankToNull(riskFamily), blankToNull(sanction),
                blankToNull(outcome), year, drafts);
        model.addAttribute("query", query);
        model.addAttribute("page", caseLaw.search(CurrentUser.require(), query, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("filters", "&" + UriComponentsBuilder.newInstance()
                .queryParamIfPresent("factCode", Optional.ofNullable(query.factCode()))
                .queryParamIfPresent("riskFamily", Optional.ofNullable(query.riskFamily()))
                .queryParamIfPresent("sanction", Optional.ofNullable(query.sanction()))
                .queryParamIfPresent("outcome", Optional.ofNullable(query.outcome()))
                .queryParamIfPresent("year", Optional.ofNullable(query.year())).queryParam("drafts", drafts).build()
                .encode().getQuery());
        model.addAttribute("years", IntStream.rangeClosed(1990, LocalDate.now(clock).getYear()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        return choices(model, SEARCH_VIEW);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('caselaw.read')")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", caseLaw.view(CurrentUser.require(), id));
        return DETAIL_VIEW;
    }

    @GetMapping("/consistency")
    @PreAuthorize("hasAuthority('caselaw.read')")
    String consistency(@RequestParam(required = false) @Nullable String factCode, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("codes", caseLaw.factCodesInUse(user));
        model.addAttribute("factCode", blankToNull(factCode));
        if (blankToNull(factCode) != null) {
            var distribution = caseLaw.consistency(user, factCode);
            model.addAttribute("distribution", distribution);
            model.addAttribute("outcomeChart", BarChart.of(distribution.byOutcome()));
            model.addAttribute("sanctionChart", BarChart.of(distribution.bySanction()));
        }
        return CONSISTENCY_VIEW;
    }

    /** The fragment a decision form includes with htmx: earlier decisions on similar facts, sanctions side by side. */
    @GetMapping("/similar")
    @PreAuthorize("hasAuthority('caselaw.read')")
    String similar(@RequestParam(defaultValue = "") List<String> factCodes,
            @RequestParam(defaultValue = "") List<String> riskFamilies,
            @RequestParam(required = false) @Nullable UUID exclude, Model model) {
        similarModel(factCodes, riskFamilies, exclude, model);
        return SIMILAR_FRAGMENT;
    }

    /** The same list as a page of its own, with a form to choose the qualification; works without script. */
    @GetMapping("/similar/page")
    @PreAuthorize("hasAuthority('caselaw.read')")
    String similarPage(@RequestParam(defaultValue = "") List<String> factCodes,
            @RequestParam(defaultValue = "") List<String> riskFamilies,
            @RequestParam(required = false) @Nullable UUID exclude, Model model) {
        similarModel(factCodes, riskFamilies, exclude, model);
        return choices(model, SIMILAR_VIEW);
    }

    private void similarModel(List<String> factCodes, List<String> riskFamilies, @Nullable UUID exclude, Model model) {
        var codes = factCodes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        var families = CaseLaw.riskFamilyNames(riskFamilies);
        model.addAttribute("selectedCodes", codes);
        model.addAttribute("selectedFamilies", families);
        model.addAttribute("exclude", exclude);
        model.addAttribute("similar", caseLaw.similar(CurrentUser.require(), codes, families, exclude,
                SIMILAR_SIZE));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('caselaw.manage')")
    String newForm(Model model) {
        var form = new CaseLawForm();
        form.setYear(LocalDate.now(clock).getYear());
        model.addAttribute("caseLawForm", form);
        model.addAttribute("action", "/caselaw/new");
        return choices(model, FORM_VIEW);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('caselaw.manage')")
    String enter(@Valid @ModelAttribute("caseLawForm") CaseLawForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("action", "/caselaw/new");
        return save(() -> caseLaw.enter(CurrentUser.require(), form.input()), binding, model,
                "caselaw.flash.entered", redirect);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('caselaw.manage')")
    String editForm(@PathVariable UUID id, Model model) {
        model.addAttribute("caseLawForm", CaseLawForm.of(caseLaw.view(CurrentUser.require(), id)));
        model.addAttribute("action", "/caselaw/" + id + "/edit");
        return choices(model, FORM_VIEW);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('caselaw.manage')")
    String correct(@PathVariable UUID id, @Valid @ModelAttribute("caseLawForm") CaseLawForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("action", "/caselaw/" + id + "/edit");
        return save(() -> {
            caseLaw.correct(CurrentUser.require(), id, form.input());
            return id;
        }, binding, model, "caselaw.flash.corrected", redirect);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('caselaw.manage')")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        caseLaw.publish(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "caselaw.flash.published");
        return "redirect:/caselaw/" + id;
    }

    /** Saves a form that passed its own checks, or shows it again with the facade's refusals at their fields. */
    private static String save(Supplier<UUID> save, BindingResult binding, Model model, String flash,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                UUID id = save.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/caselaw/" + id;
            }
            catch (InvalidInputException e) {
                e.errors().forEach((field, message) -> binding.rejectValue(field, "caselaw.invalid." + field,
                        message));
            }
        }
        return choices(model, FORM_VIEW);
    }

    private static String choices(Model model, String view) {
        model.addAttribute("factCodeChoices", Choice.factCodes());
        model.addAttribute("familyChoices", Choice.of(RiskFamily.class, "policy.family"));
        model.addAttribute("trackChoices", Choice.of(Track.class, "caselaw.track"));
        model.addAttribute("outcomeChoices", Choice.of(Outcome.class, "caselaw.outcome"));
        model.addAttribute("sanctionChoices", Choice.of(Sanctions.all(), "caselaw.sanction"));
        return view;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
