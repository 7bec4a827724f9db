package be.kompas.registers.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import be.kompas.people.Units;
import be.kompas.registers.AncillaryRegister;
import be.kompas.registers.AncillaryStatus;
import be.kompas.registers.RegisterPermissions;
import jakarta.validation.Valid;

/** Ancillary activities: the application, the manager's advice, the decision, renewal and the register per unit. */
@Controller
@RequestMapping("/registers/ancillary")
class AncillaryController {

    static final String LIST_VIEW = "registers/ancillary-list";
    static final String FORM_VIEW = "registers/ancillary-form";
    static final String DETAIL_VIEW = "registers/ancillary-detail";

    private final AncillaryRegister register;
    private final Units units;
    private final Clock clock;

    AncillaryController(AncillaryRegister register, Units units, Clock clock) {
        this.register = register;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.ancillary.decide')")
    String list(@RequestParam(required = false) @Nullable String unit, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = CurrentUser.require();
        var chosen = unit == null || unit.isBlank() ? null : unit;
        model.addAttribute("page", register.list(user, chosen, PageRequest.of(page, 25)));
        model.addAttribute("unit", chosen);
        model.addAttribute("unitNames", units.tree(user.organisationId()).stream().map(n -> n.unit().name())
                .toList());
        model.addAttribute("filters", chosen == null ? "" : "&unit=" + java.net.URLEncoder.encode(chosen,
                java.nio.charset.StandardCharsets.UTF_8));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String newForm(Model model) {
        model.addAttribute("ancillaryForm", new AncillaryForm());
        return FORM_VIEW;
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String apply(@Valid @ModelAttribute("ancillaryForm") AncillaryForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return FORM_VIEW;
        }
        var user = CurrentUser.require();
        return FormErrors.save(() -> register.apply(user.organisationId(), Own.staff(user), form.input()), binding,
                () -> FORM_VIEW, "registers.ancillary.applied", "/registers/ancillary/", redirect);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var activity = register.view(user, id);
        var own = Own.find(user);
        model.addAttribute("activity", activity);
        model.addAttribute("canAdvise", activity.status() == AncillaryStatus.AWAITING_ADVICE
                && Objects.equals(own, activity.adviser()));
        model.addAttribute("canDecide", activity.status() == AncillaryStatus.AWAITING_DECISION
                && user.can(RegisterPermissions.ANCILLARY_DECIDE));
        model.addAttribute("canRenew", (activity.status() == AncillaryStatus.GRANTED
                || activity.status() == AncillaryStatus.EXPIRED) && Objects.equals(own, activity.staff()));
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/advice")
    String advise(@PathVariable UUID id, @RequestParam boolean favourable,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        register.advise(CurrentUser.require(), id, favourable, text);
        redirect.addFlashAttribute("flash", "registers.ancillary.advised");
        return "redirect:/registers/ancillary/" + id;
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('registers.ancillary.decide')")
    String decide(@PathVariable UUID id, @RequestParam boolean granted,
            @RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "") String conditions,
            RedirectAttributes redirect) {
        try {
            register.decide(CurrentUser.require(), id, granted, reasons, conditions);
            redirect.addFlashAttribute("flash", "registers.ancillary.decided");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.ancillary.reasonsRequired");
        }
        return "redirect:/registers/ancillary/" + id;
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAuthority('registers.file')")
    String renew(@PathVariable UUID id, RedirectAttributes redirect) {
        var renewed = register.renew(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "registers.ancillary.applied");
        return "redirect:/registers/ancillary/" + renewed;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('registers.ancillary.decide')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, register, year, clock, "registers.ancillary.statistics",
                "/registers/ancillary");
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('registers.ancillary.decide')")
    ResponseEntity<byte[]> export() {
        List<List<String>> rows = register.all(CurrentUser.require()).stream().map(a -> List.of(a.id().toString(),
                a.staffName(), a.unitName(), a.input().activity(), a.input().employer(),
                String.valueOf(a.input().hoursPerMonth()), String.valueOf(a.input().paid()), a.status().name(),
                String.join(" ", a.alerts()), a.decisionReasons(), a.conditions(),
                a.validUntil() == null ? "" : a.validUntil().toString())).toList();
        return CsvExport.of("ancillary-activities.csv", List.of("id", "staff_member", "unit", "activity", "employer",
                "hours_per_month", "paid", "status", "alerts", "reasons", "conditions", "valid_until"), rows);
    }
}
