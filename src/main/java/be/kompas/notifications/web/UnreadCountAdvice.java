package be.kompas.notifications.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.kompas.identity.CurrentUser;
import be.kompas.notifications.Notifications;

/** The number of unread notices beside the inbox link on every page. */
@ControllerAdvice
class UnreadCountAdvice {

    private final Notifications notifications;

    UnreadCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("inboxUnread")
    @Nullable
    Long inboxUnread() {
        return CurrentUser.find().map(notifications::unread).orElse(null);
    }
}
