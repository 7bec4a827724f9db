package be.kompas.notifications.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.notifications.Notifications;

/** The signed-in user's inbox; opening a notice marks it read and leads to the page it is about. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    private final Notifications notifications;

    InboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("notices", notifications.inbox(CurrentUser.require(), unread, PageRequest.of(page, 25)));
        return "notifications/inbox";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable UUID id) {
        return "redirect:" + notifications.markRead(CurrentUser.require(), id);
    }

    @PostMapping("/read")
    String markAllRead() {
        notifications.markAllRead(CurrentUser.require());
        return "redirect:/inbox";
    }
}
