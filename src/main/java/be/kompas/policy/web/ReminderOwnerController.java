package be.kompas.policy.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.policy.PolicyReminders;
import be.kompas.policy.PolicyReminders.Kind;

/** Chooses the account that an action's or a recommendation's reminders go to. */
@Controller
class ReminderOwnerController {

    private final PolicyReminders reminders;

    ReminderOwnerController(PolicyReminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping("/policy/actions/{id}/reminder-owner")
    @PreAuthorize("hasAuthority('policy.manage')")
    String action(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID user,
            RedirectAttributes redirect) {
        return assign(Kind.ACTION, id, user, redirect, "/policy/actions/");
    }

    @PostMapping("/policy/recommendations/{id}/reminder-owner")
    @PreAuthorize("hasAuthority('policy.manage')")
    String recommendation(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID user,
            RedirectAttributes redirect) {
        return assign(Kind.RECOMMENDATION, id, user, redirect, "/policy/recommendations/");
    }

    private String assign(Kind kind, UUID id, @Nullable UUID user, RedirectAttributes redirect, String page) {
        try {
            reminders.assignOwner(CurrentUser.require().organisationId(), kind, id, user);
            redirect.addFlashAttribute("flash", "policy.reminder.owner.saved");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.framework.invalid");
        }
        return "redirect:" + page + id;
    }

    /** What the reminder-owner form of a page needs: the organisation's active accounts and the chosen one. */
    @Component
    static class Choices {

        private final PolicyReminders reminders;
        private final UserManagement users;

        Choices(PolicyReminders reminders, UserManagement users) {
            this.reminders = reminders;
            this.users = users;
        }

        void addTo(Model model, Kind kind, UUID record) {
            var organisation = CurrentUser.require().organisationId();
            model.addAttribute("reminderKind", kind == Kind.ACTION ? "actions" : "recommendations");
            model.addAttribute("reminderRecord", record);
            model.addAttribute("reminderOwner", reminders.owner(organisation, kind, record).orElse(null));
            model.addAttribute("reminderUsers", users.list(organisation, "", PageRequest.of(0, PageRequest.MAX_SIZE))
                    .content().stream().filter(UserSummary::enabled).toList());
        }
    }
}
