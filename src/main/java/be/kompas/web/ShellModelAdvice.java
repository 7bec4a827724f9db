package be.kompas.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.kompas.core.NavigationItem;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.identity.UserKeys;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.Organisations;

/** What every page's layout needs: the user, their organisation and the navigation they may see. */
@ControllerAdvice
class ShellModelAdvice {

    private final List<NavigationItem> items;
    private final Organisations organisations;

    private final UserKeys userKeys;

    ShellModelAdvice(List<NavigationItem> items, Organisations organisations, UserKeys userKeys) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.organisations = organisations;
        this.userKeys = userKeys;
    }

    @ModelAttribute("currentUser")
    @Nullable
    KompasUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    /** Not for the API's calls (under {@code /api/}): they render no page, and the organisation is a query. */
    @ModelAttribute("currentOrganisation")
    @Nullable
    Organisation currentOrganisation(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentUser.find().map(user -> organisations.get(user.organisationId())).orElse(null);
    }

    /** A key pair was made at this login: the layout points to the profile page, which shows its recovery key once. */
    @ModelAttribute("recoveryKeyPending")
    boolean recoveryKeyPending() {
        return userKeys.newRecoveryKeyPending();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUser.find()
                .map(user -> items.stream().filter(item -> item.permission() == null || user.can(item.permission()))
                        .toList())
                .orElse(List.of());
    }
}
