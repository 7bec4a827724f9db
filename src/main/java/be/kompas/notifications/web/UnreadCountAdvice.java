package be.kompas.notifications.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import be.kompas.identity.CurrentUser;
import be.kompas.notifications.Notifications;

/** The number of unread notices beside the inbox link on every page. */
@ControllerAdvice
class UnreadCountAdvice {

    private final Notifications notifications;

    UnreadCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Not for the API's calls (under {@code /api/}): they render no page, and the count is a query. */
    @ModelAttribute("inboxUnread")
    @Nullable
    Long inboxUnread(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentUser.find().map(notifications::unread).orElse(null);
    }
}
