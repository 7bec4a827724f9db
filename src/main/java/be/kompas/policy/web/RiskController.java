package be.kompas.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
import org.springframework.web.util.UriUtils;

import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.RiskClass;
import be.kompas.policy.RiskId;
import be.kompas.policy.RiskQuery;
import be.kompas.policy.RiskRegister;
import be.kompas.policy.RiskSourceFigures;
import be.kompas.tenancy.OrganisationId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The risk register: list, risk, new risk, reassessment, measures, sessions, matrix and heat map. */
@Controller
@RequestMapping("/policy/risks")
@PreAuthorize("hasAuthority('policy.read')")
class RiskController {

    static final String LIST_VIEW = "policy/risks";
    static final String DETAIL_VIEW = "policy/risk";
    static final String FORM_VIEW = "policy/risk-form";
    static final String MATRIX_VIEW = "policy/risk-matrix";
    static final String SESSIONS_VIEW = "policy/risk-sessions";
    static final int PAGE_SIZE = 25;

    private final RiskRegister register;
    private final ActionPlan plan;
    /** What other modules contribute to a session (the Advice Point's categories, ...), see {@link RiskSourceFigures}. */
    private final List<RiskSourceFigures> sourceFigures;
    private final Clock clock;

    RiskController(RiskRegister register, ActionPlan plan, List<RiskSourceFigures> sourceFigures, Clock clock) {
        this.sourceFigures = sourceFigures;
        this.clock = clock;
        this.register = register;
        this.plan = plan;
    }

    @GetMapping
    String list(@RequestParam(name = "class", required = false) @Nullable RiskClass riskClass,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page",
                register.search(organisation(), new RiskQuery(riskClass, q), PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("riskClass", riskClass);
        model.addAttribute("q", q);
        model.addAttribute("filters", (riskClass == null ? "" : "&class=" + riskClass) + "&q="
                + UriUtils.encodeQueryParam(q, java.nio.charset.StandardCharsets.UTF_8));
        return LIST_VIEW;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        var rows = register.all(organisation()).stream().map(risk -> List.of(risk.id().toString(), risk.title(),
                risk.family().name(), String.join("; ", risk.functions()), String.join("; ", risk.units()),
                plain(risk.gross().probability().value()), plain(risk.gross().exposure().value()),
                plain(risk.gross().effect().value()), plain(risk.gross().score()), risk.gross().riskClass().name(),
                plain(risk.net().probability().value()), plain(risk.net().exposure().value()),
                plain(risk.net().effect().value()), plain(risk.net().score()), risk.net().riskClass().name()))
                .toList();
        return PolicyCsv.download("risk-register.csv", List.of("id", "title", "family", "functions", "units",
                "gross_w", "gross_b", "gross_e", "gross_r", "gross_class", "net_w", "net_b", "net_e", "net_r",
                "net_class"), rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('policy.manage')")
    String newRisk(Model model) {
        model.addAttribute("form", new RiskForm());
        return FORM_VIEW;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String create(@Valid @ModelAttribute("form") RiskForm form, BindingResult binding, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var id = register.add(organisation(), form.toNewRisk());
                redirect.addFlashAttribute("flash", "policy.risk.created");
                return "redirect:/policy/risks/" + id;
            }
            catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return FORM_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var details = register.find(organisation(), new RiskId(id));
        var form = new ScoresForm();
        form.fill(details.summary().gross(), details.summary().net());
        return detail(details.summary().id(), form, model);
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize("hasAuthority('policy.manage')")
    String reassess(@PathVariable UUID id, @Valid @ModelAttribute("form") ScoresForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var risk = new RiskId(id);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(risk, form, model);
        }
        register.reassess(organisation(), risk, form.gross(), form.net(), form.getNote());
        redirect.addFlashAttribute("flash", "policy.risk.reassessed");
        return "redirect:/policy/risks/" + id;
    }

    @PostMapping("/{id}/measures")
    @PreAuthorize("hasAuthority('policy.manage')")
    String addMeasure(@PathVariable UUID id, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String owner, RedirectAttributes redirect) {
        try {
            register.addMeasure(organisation(), new RiskId(id), description, owner);
            redirect.addFlashAttribute("flash", "policy.measure.added");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.invalid.measure");
        }
        return "redirect:/policy/risks/" + id;
    }

    @PostMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('policy.manage')")
    String linkAction(@PathVariable UUID id, @RequestParam UUID action, RedirectAttributes redirect) {
        register.linkAction(organisation(), new RiskId(id), new ActionId(action));
        redirect.addFlashAttribute("flash", "policy.risk.actionLinked");
        return "redirect:/policy/risks/" + id;
    }

    @PostMapping("/import/gent")
    @PreAuthorize("hasAuthority('policy.manage')")
    String importGent(RedirectAttributes redirect) {
        register.importGentTemplate(organisation());
        redirect.addFlashAttribute("flash", "policy.risk.imported");
        return "redirect:/policy/risks";
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(defaultValue = "false") boolean net, Model model) {
        var risks = register.all(organisation());
        model.addAttribute("matrix", VulnerabilityMatrix.of(risks));
        model.addAttribute("heatMap", HeatMap.of(risks, net));
        model.addAttribute("net", net);
        return MATRIX_VIEW;
    }

    @GetMapping("/sessions")
    String sessions(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
        int shown = year == null ? LocalDate.now(clock.withZone(Formats.ZONE)).getYear() : year;
        model.addAttribute("figuresYear", shown);
        model.addAttribute("sourceFigures", sourceFigures.stream().collect(Collectors.toMap(RiskSourceFigures::source,
                source -> source.figures(organisation(), shown, locale), (a, b) -> a, TreeMap::new)));
        return sessionsPage(new SessionForm(), model);
    }

    @PostMapping("/sessions")
    @PreAuthorize("hasAuthority('policy.manage')")
    String recordSession(@Valid @ModelAttribute("form") SessionForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors() || form.getHeldOn() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return sessionsPage(form, model);
        }
        register.recordSession(organisation(), form.getHeldOn(), form.getParticipants(), form.getSources(),
                form.getNotes());
        redirect.addFlashAttribute("flash", "policy.session.recorded");
        return "redirect:/policy/risks/sessions";
    }

    private String sessionsPage(SessionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sessions", register.sessions(organisation()));
        return SESSIONS_VIEW;
    }

    private String detail(RiskId risk, ScoresForm form, Model model) {
        var details = register.find(organisation(), risk);
        model.addAttribute("risk", details);
        model.addAttribute("form", form);
        model.addAttribute("actions", plan.actions(organisation(), null, null));
        return DETAIL_VIEW;
    }

    private static String plain(java.math.BigDecimal value) {
        return value.toPlainString();
    }

    static void reject(InvalidInputException e, BindingResult binding) {
        e.errors().forEach((field, message) -> binding.rejectValue(field, "policy.invalid." + field, message));
    }

    private static OrganisationId organisation() {
        return CurrentUser.require().organisationId();
    }
}
