package be.kompas.identity.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.AccountActivity;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.DefaultGrant;
import be.kompas.identity.Permissions;
import be.kompas.identity.internal.OrganisationRole;
import be.kompas.identity.internal.UserService;

/**
 * Roles are data: an administrator gives them the organisation's own titles, decides what each grants and whether it
 * asks for a second factor.
 */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAuthority('" + Permissions.ROLES_MANAGE + "')")
class RoleAdminController {

    static final String LIST_VIEW = "identity/roles";
    static final String EDIT_VIEW = "identity/role";

    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Set<String> knownPermissions;

    RoleAdminController(UserService users, ApplicationEventPublisher events, List<DefaultGrant> grants) {
        this.users = users;
        this.events = events;
        this.knownPermissions = new TreeSet<>(grants.stream().map(DefaultGrant::permission).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", users.roles(CurrentUser.require().organisationId()));
        return LIST_VIEW;
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("role", find(code));
        model.addAttribute("permissions", knownPermissions);
        return EDIT_VIEW;
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean secondFactorRequired,
            @RequestParam(defaultValue = "") Set<String> permissions, RedirectAttributes redirect) {
        find(code);
        if (!knownPermissions.containsAll(permissions)) {
            throw InvalidInputException.of("permissions", "unknown permission");
        }
        if (title.length() > 120) {
            throw InvalidInputException.of("title", "at most 120 characters");
        }
        users.updateRole(CurrentUser.require().organisationId(), code, title, secondFactorRequired, permissions);
        var admin = CurrentUser.require();
        events.publishEvent(new AccountActivity(admin.organisationId(), admin.username(), "identity.role.changed",
                "role", code, code));
        redirect.addFlashAttribute("flash", "admin.roles.saved");
        return "redirect:/admin/roles";
    }

    private OrganisationRole find(String code) {
        return users.roles(CurrentUser.require().organisationId()).stream().filter(r -> r.code().equals(code))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("role", code));
    }
}
