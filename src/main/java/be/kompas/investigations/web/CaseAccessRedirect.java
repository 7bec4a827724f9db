package be.kompas.investigations.web;

import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.investigations.InvestigationPermissions;

/** Where to go after opening: the case for those who read it; a reporter under the duty to act does not. */
final class CaseAccessRedirect {

    private CaseAccessRedirect() {
    }

    static String after(KompasUser user, UUID id) {
        return user.can(InvestigationPermissions.OVERSEE) ? "redirect:/investigations/" + id
                : "redirect:/investigations/reported";
    }
}
