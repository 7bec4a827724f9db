package be.kompas.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import be.kompas.identity.CurrentUser;
import be.kompas.registers.GiftKind;
import be.kompas.registers.GiftRegister;
import be.kompas.registers.RegisterSettingsManagement;
import jakarta.validation.Valid;

/** Gifts and invitations: the declaration with the rules shown, the register, review, statistics and export. */
@Controller
@RequestMapping("/registers/gifts")
class GiftController {

    static final String LIST_VIEW = "registers/gift-list";
    static final String FORM_VIEW = "registers/gift-form";
    static final String DETAIL_VIEW = "registers/gift-detail";

    private final GiftRegister register;
    private final RegisterSettingsManagement settings;
    private final Clock clock;

    GiftController(GiftRegister register, RegisterSettingsManagement settings, Clock clock) {
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.gifts.review')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return RegisterPages.list(model, register, page, clock, LIST_VIEW);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String newForm(Model model) {
        var form = new GiftForm();
        form.setReceivedOn(LocalDate.now(clock));
        model.addAttribute("giftForm", form);
        return form(model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String declare(@Valid @ModelAttribute("giftForm") GiftForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        var user = CurrentUser.require();
        return FormErrors.save(() -> register.declare(user.organisationId(), Own.staff(user), form.input()), binding,
                () -> form(model), "registers.gift.declared", "/registers/gifts/", redirect);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("gift", register.view(CurrentUser.require(), id));
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('registers.gifts.review')")
    String review(@PathVariable UUID id, @RequestParam(defaultValue = "") String remark, RedirectAttributes redirect) {
        register.review(CurrentUser.require(), id, remark);
        redirect.addFlashAttribute("flash", "registers.gift.reviewedFlash");
        return "redirect:/registers/gifts/" + id;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('registers.gifts.review')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, register, year, clock, "registers.gift.statistics", "/registers/gifts");
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('registers.gifts.review')")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        return RegisterPages.export(register, year, "gifts", List.of("id", "date", "kind", "staff_member", "unit",
                "description", "giver", "occasion", "estimated_value_eur", "accepted", "warnings", "reviewed"), g -> List.of(
                g.id().toString(), g.input().receivedOn().toString(), g.input().kind().name(), g.staffName(),
                g.unitName(), g.input().description(), g.input().giver(), g.input().occasion(),
                g.input().estimatedValue().toPlainString(), String.valueOf(g.input().accepted()),
                String.join(" ", g.warnings().stream().map(Enum::name).toList()), String.valueOf(g.reviewed())));
    }

    private String form(Model model) {
        model.addAttribute("kinds", Option.of(GiftKind.class, "registers.giftKind"));
        model.addAttribute("rules", settings.get(CurrentUser.require().organisationId()));
        return FORM_VIEW;
    }
}
