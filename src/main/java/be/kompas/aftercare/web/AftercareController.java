package be.kompas.aftercare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.aftercare.Aftercare;
import be.kompas.aftercare.TeamTalkStep;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;

/** My aftercare tasks, the plans per case, completing and reassigning tasks, and the contacts log. */
@Controller
@RequestMapping("/aftercare")
class AftercareController {

    static final String MINE_VIEW = "aftercare/mine";
    static final String PLANS_VIEW = "aftercare/plans";
    static final String PLAN_VIEW = "aftercare/plan";

    private final Aftercare aftercare;
    private final Clock clock;

    AftercareController(Aftercare aftercare, Clock clock) {
        this.aftercare = aftercare;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('aftercare.tasks')")
    String mine(Model model) {
        model.addAttribute("tasks", aftercare.myTasks(CurrentUser.require()));
        return MINE_VIEW;
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('aftercare.manage')")
    String plans(Model model) {
        model.addAttribute("plans", aftercare.plans(CurrentUser.require()));
        return PLANS_VIEW;
    }

    @GetMapping("/cases/{caseId}")
    @PreAuthorize("hasAnyAuthority('aftercare.tasks', 'aftercare.manage')")
    String plan(@PathVariable UUID caseId, Model model) {
        var user = CurrentUser.require();
        var plan = aftercare.plan(user, caseId);
        model.addAttribute("plan", plan);
        model.addAttribute("owners", user.can("aftercare.manage") ? aftercare.owners(user) : List.of());
        model.addAttribute("steps", TeamTalkStep.values());
        model.addAttribute("concerned", plan.tasks().stream().filter(t -> t.staffId() != null)
                .collect(java.util.stream.Collectors.toMap(t -> t.staffId(), t -> String.valueOf(t.staffName()),
                        (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("today", LocalDate.now(clock));
        return PLAN_VIEW;
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize("hasAnyAuthority('aftercare.tasks', 'aftercare.manage')")
    String complete(@PathVariable UUID id, @RequestParam UUID caseId, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") List<String> steps, RedirectAttributes redirect) {
        return act(() -> aftercare.complete(CurrentUser.require(), id, note, new HashSet<>(steps)),
                "aftercare.flash.done", caseId, redirect);
    }

    @PostMapping("/tasks/{id}/owner")
    @PreAuthorize("hasAuthority('aftercare.manage')")
    String reassign(@PathVariable UUID id, @RequestParam UUID caseId, @RequestParam UUID owner,
            RedirectAttributes redirect) {
        return act(() -> aftercare.reassign(CurrentUser.require(), id, owner), "aftercare.flash.reassigned", caseId,
                redirect);
    }

    @PostMapping("/cases/{caseId}/contacts")
    @PreAuthorize("hasAnyAuthority('aftercare.tasks', 'aftercare.manage')")
    String logContact(@PathVariable UUID caseId, @RequestParam UUID staffId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate contactOn,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        LocalDate on = contactOn == null ? LocalDate.now(clock) : contactOn;
        return act(() -> aftercare.logContact(CurrentUser.require(), caseId, staffId, on, note),
                "aftercare.flash.contact", caseId, redirect);
    }

    /** Runs a change and goes back to the plan, with what went wrong in the user's language if it was refused. */
    private static String act(Runnable change, String flash, UUID caseId, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "aftercare.invalid." + e.errors().keySet().iterator().next());
        }
        return "redirect:/aftercare/cases/" + caseId;
    }
}
