package be.kompas.registers.web;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.identity.CurrentUser;
import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.ViolenceRegister;
import be.kompas.registers.ViolenceType;
import jakarta.validation.Valid;

/** Violence against police: the quick form, the register, statistics and export. */
@Controller
@RequestMapping("/registers/violence")
class ViolenceController {

    static final String LIST_VIEW = "registers/violence-list";
    static final String FORM_VIEW = "registers/violence-form";
    static final String DETAIL_VIEW = "registers/violence-detail";

    private final ViolenceRegister register;
    private final Clock clock;

    ViolenceController(ViolenceRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.violence.read')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return RegisterPages.list(model, register, page, clock, LIST_VIEW);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String newForm(Model model) {
        var form = new ViolenceForm();
        form.setOccurredOn(LocalDate.now(clock));
        model.addAttribute("violenceForm", form);
        return form(model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String file(@Valid @ModelAttribute("violenceForm") ViolenceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        var user = CurrentUser.require();
        return FormErrors.save(() -> register.file(user.organisationId(), Own.staff(user), form.input()), binding,
                () -> form(model), "registers.violence.filed", "/registers/violence/", redirect);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("report", register.view(CurrentUser.require(), id));
        return DETAIL_VIEW;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('registers.violence.read')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, register, year, clock, "registers.violence.statistics", "/registers/violence");
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('registers.violence.read')")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        return RegisterPages.export(register, year, "violence-against-police", List.of("id", "date", "place",
                "violence_type", "victim", "unit", "injuries", "incapacity_days", "no_expediency_dismissal",
                "circumstances", "aftercare_offered", "legal_follow_up"), r -> List.of(
                r.id().toString(), r.input().occurredOn().toString(), r.input().place(),
                r.input().violenceType().name(), r.victimName(), r.unitName(), r.input().injuries(),
                String.valueOf(r.input().incapacityDays()), String.valueOf(r.noExpediencyDismissal()),
                r.input().circumstances(), String.valueOf(r.input().aftercareOffered()),
                r.input().legalFollowUp().name()));
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('registers.violence.read')")
    String importMisi(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        var organisation = CurrentUser.require().organisationId();
        return RegisterPages.importFile(file, csv -> register.importMisi(organisation, csv),
                "registers.violence.imported", "/registers/violence", redirect);
    }

    private String form(Model model) {
        model.addAttribute("violenceTypes", Option.of(ViolenceType.class, "registers.violenceType"));
        model.addAttribute("legalFollowUps", Option.of(LegalFollowUp.class, "registers.legalFollowUp"));
        return FORM_VIEW;
    }
}
