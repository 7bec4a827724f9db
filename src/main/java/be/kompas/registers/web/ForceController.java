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

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.registers.ForceAnalysis;
import be.kompas.registers.ForceMeans;
import be.kompas.registers.ForceRegister;
import be.kompas.registers.ForceStatus;
import be.kompas.registers.IncidentType;
import be.kompas.registers.RegisterPermissions;
import jakarta.validation.Valid;

/** The use-of-force register: the officer's form, the supervisor's review, the analysis, statistics and export. */
@Controller
@RequestMapping("/registers/force")
class ForceController {

    static final String LIST_VIEW = "registers/force-list";
    static final String FORM_VIEW = "registers/force-form";
    static final String DETAIL_VIEW = "registers/force-detail";
    static final String MEANS_VIEW = "registers/force-means";

    private final ForceRegister register;
    private final StaffDirectory directory;
    private final Clock clock;

    ForceController(ForceRegister register, StaffDirectory directory, Clock clock) {
        this.register = register;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('registers.file', 'registers.force.analyse')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return RegisterPages.list(model, register, page, clock, LIST_VIEW);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String newForm(Model model) {
        var form = new ForceForm();
        form.setOccurredOn(LocalDate.now(clock));
        model.addAttribute("forceForm", form);
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('registers.file')")
    String file(@Valid @ModelAttribute("forceForm") ForceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var input = binding.hasErrors() ? null : form.input(directory, user.organisationId(), binding).orElse(null);
        if (input == null) {
            return form(model, null);
        }
        return FormErrors.save(() -> register.file(user.organisationId(), Own.staff(user), input), binding,
                () -> form(model, null), "registers.force.filed", "/registers/force/", redirect);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var report = register.view(user, id);
        var own = Own.find(user);
        model.addAttribute("report", report);
        model.addAttribute("means", names(user.organisationId()));
        model.addAttribute("canReview", report.status() == ForceStatus.SUBMITTED && own != null
                && own.equals(report.supervisor()));
        model.addAttribute("canEdit", report.status() == ForceStatus.RETURNED && own != null
                && own.equals(report.officer()));
        model.addAttribute("canAnalyse", report.status() == ForceStatus.APPROVED
                && user.can(RegisterPermissions.FORCE_ANALYSE));
        return DETAIL_VIEW;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var report = register.view(user, id);
        var numbers = report.input().involved().stream().map(s -> directory.find(user.organisationId(), s)
                .map(StaffMemberSummary::personnelNumber).orElse("")).toList();
        model.addAttribute("forceForm", ForceForm.of(report, numbers));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String resubmit(@PathVariable UUID id, @Valid @ModelAttribute("forceForm") ForceForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var input = binding.hasErrors() ? null : form.input(directory, user.organisationId(), binding).orElse(null);
        if (input == null) {
            return form(model, id);
        }
        return FormErrors.save(() -> {
            register.resubmit(user, id, input);
            return id;
        }, binding, () -> form(model, id), "registers.force.resubmitted", "/registers/force/", redirect);
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable UUID id, @RequestParam String decision, @RequestParam(defaultValue = "") String remark,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            if ("approve".equals(decision)) {
                register.approve(user, id, remark);
                redirect.addFlashAttribute("flash", "registers.force.approved");
            }
            else {
                register.sendBack(user, id, remark);
                redirect.addFlashAttribute("flash", "registers.force.sentBack");
            }
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.force.remarkRequired");
        }
        return "redirect:/registers/force/" + id;
    }

    @PostMapping("/{id}/analyse")
    @PreAuthorize("hasAuthority('registers.force.analyse')")
    String analyse(@PathVariable UUID id, @RequestParam(defaultValue = "") String analysis,
            @RequestParam(defaultValue = "") String lesson, @RequestParam(defaultValue = "") String actionCode,
            @RequestParam(defaultValue = "false") boolean debriefing, RedirectAttributes redirect) {
        try {
            register.analyse(CurrentUser.require(), id, new ForceAnalysis(analysis.strip(), lesson.strip(),
                    actionCode.strip(), debriefing));
            redirect.addFlashAttribute("flash", "registers.force.analysed");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.force.analysisInvalid");
        }
        return "redirect:/registers/force/" + id;
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('registers.force.analyse')")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, register, year, clock, "registers.force.statistics", "/registers/force");
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('registers.force.analyse')")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        var names = names(CurrentUser.require().organisationId());
        return RegisterPages.export(register, year, "use-of-force", List.of("id", "date", "place", "incident_type",
                "officer", "unit", "involved", "means", "reason", "subject_injuries", "staff_injuries",
                "medical_care", "body_camera", "incident_report", "status", "supervisor", "lesson", "action_code"), r -> List.of(r.id().toString(),
                r.occurredOn().toString(), r.input().place(), r.input().incidentType().name(), r.officerName(),
                r.unitName(), String.join(", ", r.involvedNames()),
                String.join(", ", r.input().means().stream().map(c -> names.getOrDefault(c, c)).toList()),
                r.input().reason(), r.input().subjectInjuries(), r.input().staffInjuries(),
                String.valueOf(r.input().medicalCare()), String.valueOf(r.input().bodyCamera()),
                r.input().incidentReport(), r.status().name(), r.supervisorName() == null ? "" : r.supervisorName(),
                r.lesson(), r.actionCode()));
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('registers.force.analyse')")
    String importB80(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        var organisation = CurrentUser.require().organisationId();
        return RegisterPages.importFile(file, csv -> register.importB80(organisation, csv), "registers.force.imported",
                "/registers/force", redirect);
    }

    @GetMapping("/means")
    @PreAuthorize("hasAuthority('registers.settings')")
    String means(Model model) {
        model.addAttribute("means", register.means(CurrentUser.require().organisationId()));
        return MEANS_VIEW;
    }

    @PostMapping("/means")
    @PreAuthorize("hasAuthority('registers.settings')")
    String addMeans(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            register.addMeans(CurrentUser.require().organisationId(), code.strip(), name);
            redirect.addFlashAttribute("flash", "registers.means.added");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.means.invalid");
        }
        return "redirect:/registers/force/means";
    }

    @PostMapping("/means/{code}")
    @PreAuthorize("hasAuthority('registers.settings')")
    String toggleMeans(@PathVariable String code, @RequestParam boolean active) {
        register.setMeansActive(CurrentUser.require().organisationId(), code, active);
        return "redirect:/registers/force/means";
    }

    private String form(Model model, @Nullable UUID id) {
        var organisation = CurrentUser.require().organisationId();
        model.addAttribute("reportId", id);
        model.addAttribute("incidentTypes", Option.of(IncidentType.class, "registers.incidentType"));
        model.addAttribute("meansOptions", register.means(organisation).stream().filter(ForceMeans::active)
                .map(m -> new Option(m.code(), m.name(), false)).toList());
        return FORM_VIEW;
    }

    private java.util.Map<String, String> names(be.kompas.tenancy.OrganisationId organisation) {
        return register.means(organisation).stream()
                .collect(java.util.stream.Collectors.toMap(ForceMeans::code, ForceMeans::name));
    }
}
