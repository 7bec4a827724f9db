package be.kompas.policy.web;

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
import be.kompas.identity.CurrentUser;
import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Objective;
import be.kompas.policy.PolicyReminders;
import be.kompas.tenancy.OrganisationId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The integrity action plan: actions by domain, one action with its notes, and the overdue list. */
@Controller
@RequestMapping("/policy/actions")
@PreAuthorize("hasAuthority('policy.read')")
class ActionPlanController {

    static final String LIST_VIEW = "policy/actions";
    static final String DETAIL_VIEW = "policy/action";
    static final String FORM_VIEW = "policy/action-form";

    private final ActionPlan plan;
    private final ReminderOwnerController.Choices reminderChoices;

    ActionPlanController(ActionPlan plan, ReminderOwnerController.Choices reminderChoices) {
        this.plan = plan;
        this.reminderChoices = reminderChoices;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ActionDomain domain,
            @RequestParam(required = false) @Nullable ActionStatus status, Model model) {
        model.addAttribute("actions", plan.actions(organisation(), domain, status));
        model.addAttribute("objectives", plan.objectives(organisation()));
        model.addAttribute("objectiveKinds", Objective.Kind.values());
        model.addAttribute("domain", domain);
        model.addAttribute("status", status);
        return LIST_VIEW;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        var rows = plan.actions(organisation(), null, null).stream().map(action -> List.of(action.code(),
                action.domain().name(), action.title(), action.objective(), action.owner(), action.partners(),
                action.plannedQuarter(),
                action.dueDate() == null ? "" : action.dueDate().toString(), action.status().name(),
                action.indicator(), action.evaluation())).toList();
        return PolicyCsv.download("action-plan.csv", List.of("code", "domain", "title", "objective", "owner",
                "partners", "planned", "due_date", "status", "indicator", "evaluation"), rows);
    }

    /** The reminders: every overdue action, with its owner. */
    @GetMapping("/overdue")
    String overdue(Model model) {
        return list(null, ActionStatus.OVERDUE, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('policy.manage')")
    String newAction(Model model) {
        model.addAttribute("form", new ActionForm());
        model.addAttribute("actionId", null);
        return FORM_VIEW;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String create(@Valid @ModelAttribute("form") ActionForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return save(form, binding, null, model, response, redirect);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var action = plan.find(organisation(), new ActionId(id));
        model.addAttribute("action", action);
        model.addAttribute("notes", plan.notes(organisation(), action.id()));
        reminderChoices.addTo(model, PolicyReminders.Kind.ACTION, id);
        return DETAIL_VIEW;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('policy.manage')")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ActionForm.of(plan.find(organisation(), new ActionId(id))));
        model.addAttribute("actionId", id);
        return FORM_VIEW;
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy.manage')")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") ActionForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        plan.find(organisation(), new ActionId(id));
        return save(form, binding, id, model, response, redirect);
    }

    /** Adds the action, or changes it when {@code id} is given; on errors shows the form again with them. */
    private String save(ActionForm form, BindingResult binding, @Nullable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var action = id == null ? plan.add(organisation(), form.toChange()) : new ActionId(id);
                if (id != null) {
                    plan.change(organisation(), action, form.toChange());
                }
                redirect.addFlashAttribute("flash", "policy.action.saved");
                return "redirect:/policy/actions/" + action;
            }
            catch (InvalidInputException e) {
                RiskController.reject(e, binding);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("actionId", id);
        return FORM_VIEW;
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize("hasAuthority('policy.manage')")
    String addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        try {
            plan.addNote(organisation(), new ActionId(id), text);
            redirect.addFlashAttribute("flash", "policy.note.added");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.invalid.noteText");
        }
        return "redirect:/policy/actions/" + id;
    }

    @PostMapping("/objectives")
    @PreAuthorize("hasAuthority('policy.manage')")
    String saveObjective(@RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "STRATEGIC") Objective.Kind kind, @RequestParam(defaultValue = "") String parent,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        try {
            plan.saveObjective(organisation(), new Objective(code, kind, parent, text));
            redirect.addFlashAttribute("flash", "policy.objective.saved");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.objective.invalid." + e.errors().keySet().iterator().next());
        }
        return "redirect:/policy/actions";
    }

    @PostMapping("/import/gent")
    @PreAuthorize("hasAuthority('policy.manage')")
    String importGent(RedirectAttributes redirect) {
        plan.importGentTemplate(organisation());
        redirect.addFlashAttribute("flash", "policy.action.imported");
        return "redirect:/policy/actions";
    }

    private static OrganisationId organisation() {
        return CurrentUser.require().organisationId();
    }
}
