package be.kompas.identity.web;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.AccountActivity;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.NewUser;
import be.kompas.identity.Permissions;
import be.kompas.identity.UserSummary;
import be.kompas.identity.internal.UserService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator manages the accounts of their own organisation, never another's. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('" + Permissions.USERS_MANAGE + "')")
class UserAdminController {

    static final String LIST_VIEW = "identity/users";
    static final String DETAIL_VIEW = "identity/user";
    static final String NEW_VIEW = "identity/user-new";
    private static final SecureRandom RANDOM = new SecureRandom();

    record NewUserForm(@NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9._-]+") String username,
            @NotBlank @Size(max = 200) String displayName, @NotEmpty Set<String> roles) {
    }

    private final UserService users;
    private final ApplicationEventPublisher events;

    UserAdminController(UserService users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", users.list(CurrentUser.require().organisationId(), q, PageRequest.of(page, 25)));
        model.addAttribute("q", q);
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm("", "", Set.of()));
        return withRoles(model, NEW_VIEW);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model) {
        if (!errors.hasFieldErrors("username") && users.usernameTaken(form.username())) {
            errors.rejectValue("username", "admin.users.usernameTaken");
        }
        if (errors.hasErrors()) {
            return withRoles(model, NEW_VIEW);
        }
        var admin = CurrentUser.require();
        String password = temporaryPassword();
        UUID id = users.create(new NewUser(admin.organisationId(), form.username(), form.displayName(), password,
                form.roles(), null));
        record("identity.user.created", id, form.username());
        model.addAttribute("temporaryPassword", password);
        return detail(id, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        UserSummary user = find(id);
        record("read", id, user.username());
        model.addAttribute("user", user);
        return withRoles(model, DETAIL_VIEW);
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable UUID id, @RequestParam(defaultValue = "") Set<String> roles,
            RedirectAttributes redirect) {
        UserSummary user = find(id);
        users.replaceRoles(CurrentUser.require().organisationId(), id, roles);
        record("identity.user.roles-changed", id, user.username());
        redirect.addFlashAttribute("flash", "admin.users.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, Model model) {
        UserSummary user = find(id);
        String password = temporaryPassword();
        users.resetPassword(CurrentUser.require().organisationId(), id, password);
        record("identity.user.password-reset", id, user.username());
        model.addAttribute("temporaryPassword", password);
        return detail(id, model);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        UserSummary user = find(id);
        users.unlock(CurrentUser.require().organisationId(), id);
        record("identity.user.unlocked", id, user.username());
        redirect.addFlashAttribute("flash", "admin.users.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        UserSummary user = find(id);
        users.setEnabled(CurrentUser.require().organisationId(), id, enabled);
        record(enabled ? "identity.user.enabled" : "identity.user.disabled", id, user.username());
        redirect.addFlashAttribute("flash", "admin.users.saved");
        return "redirect:/admin/users/" + id;
    }

    /** The audit trail records it, in this transaction. */
    private void record(String action, UUID userId, String username) {
        events.publishEvent(AccountActivity.onUser(CurrentUser.require(), action, userId, username));
    }

    private UserSummary find(UUID id) {
        return users.find(CurrentUser.require().organisationId(), id)
                .orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    private String withRoles(Model model, String view) {
        List<String> codes = users.roles(CurrentUser.require().organisationId()).stream().map(r -> r.code())
                .toList();
        model.addAttribute("roleCodes", codes);
        return view;
    }

    private static String temporaryPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
