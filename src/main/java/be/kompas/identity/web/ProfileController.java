package be.kompas.identity.web;

import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.identity.CurrentUser;
import be.kompas.identity.internal.SecondFactors;
import be.kompas.identity.internal.UserKeyService;
import be.kompas.identity.internal.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The signed-in user's own settings: language, password, second factor and personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final String VIEW = "identity/profile";
    private static final String REDIRECT = "redirect:/profile";

    record PasswordForm(@NotBlank String current,
            @NotBlank @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200) String replacement,
            @NotBlank String confirmation) {
    }

    /** A new encryption passphrase (single sign-on users), or the secret of a replaced key pair. */
    record PassphraseForm(@NotBlank @jakarta.validation.constraints.Size(min = 12, max = 200) String passphrase,
            @NotBlank String confirmation) {
    }

    record RecoveryForm(@NotBlank String recoveryKey, @NotBlank String password) {
    }

    record TokenForm(@NotBlank @Size(max = 80) String name, @NotBlank String password, String code) {
    }

    private final UserService users;
    private final UserKeyService keys;
    private final SecondFactors secondFactors;
    private final LocaleResolver locales;

    ProfileController(UserService users, UserKeyService keys, SecondFactors secondFactors, LocaleResolver locales) {
        this.users = users;
        this.keys = keys;
        this.secondFactors = secondFactors;
        this.locales = locales;
    }

    @GetMapping
    String profile(Model model) {
        // A recovery key made in this session (first login, passphrase, new key pair) is shown once, then forgotten.
        keys.takeNewRecoveryKey().ifPresent(recoveryKey -> model.addAttribute("newRecoveryKey", recoveryKey));
        return profilePage(model);
    }

    private String profilePage(Model model) {
        UUID userId = CurrentUser.require().id();
        if (!model.containsAttribute("recoveryForm")) {
            model.addAttribute("recoveryForm", new RecoveryForm("", ""));
        }
        if (!model.containsAttribute("passphraseForm")) {
            model.addAttribute("passphraseForm", new PassphraseForm("", ""));
        }
        model.addAttribute("keyState", keys.unlocked().isPresent() ? "unlocked"
                : keys.hasKeyPair(userId) ? "locked" : "none");
        // Empty forms only where a failed submission did not leave its own, with its errors.
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", "", ""));
        }
        model.addAttribute("tokens", users.liveTokens(userId));
        model.addAttribute("secondFactorEnabled", secondFactors.enabled(userId));
        return VIEW;
    }

    @PostMapping("/language")
    String language(@RequestParam String language, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        locales.setLocale(request, response, Locale.forLanguageTag(language));
        redirect.addFlashAttribute("flash", "profile.saved");
        return REDIRECT;
    }

    @PostMapping("/password")
    String password(@Validated @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("replacement") && !form.replacement().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "profile.password.mismatch");
        }
        if (!errors.hasErrors() && !users.changePassword(CurrentUser.require().id(), form.current(),
                form.replacement())) {
            errors.rejectValue("current", "profile.password.wrong");
        }
        if (errors.hasErrors()) {
            return profilePage(model);
        }
        redirect.addFlashAttribute("flash", "profile.password.changed");
        return REDIRECT;
    }

    /** Single sign-on users make their key pair under a separate encryption passphrase, the first time they need it. */
    @PostMapping("/keys/passphrase")
    String setPassphrase(@Validated @ModelAttribute("passphraseForm") PassphraseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (!confirmed(form, errors)) {
            return profilePage(model);
        }
        // The recovery key waits, sealed in the session, for the profile page to show it once.
        keys.setUpWithPassphrase(user.organisationId(), user.id(), form.passphrase());
        redirect.addFlashAttribute("flash", "profile.keys.made");
        return REDIRECT;
    }

    /** Opens the key for this session with the secret it is protected by (the SSO user's encryption passphrase). */
    @PostMapping("/keys/unlock")
    String unlockKeys(@RequestParam(defaultValue = "") String secret, Model model, RedirectAttributes redirect) {
        if (!keys.unlockIntoSession(CurrentUser.require().id(), secret)) {
            model.addAttribute("unlockError", "profile.keys.unlockWrong");
            return profilePage(model);
        }
        redirect.addFlashAttribute("flash", "profile.keys.recovered");
        return REDIRECT;
    }

    /**
     * The recovery key is lost: a new key pair under the user's password (or, for single sign-on, a new passphrase).
     * Old reports stay closed to the user until the facilitator grants access again.
     */
    @PostMapping("/keys/replace")
    String replaceKeys(@Validated @ModelAttribute("passphraseForm") PassphraseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (!confirmed(form, errors)) {
            return profilePage(model);
        }
        keys.replaceKeyPair(user.organisationId(), user.id(), form.passphrase());
        redirect.addFlashAttribute("flash", "profile.keys.replaced");
        return REDIRECT;
    }

    private static boolean confirmed(PassphraseForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("passphrase") && !form.passphrase().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "profile.password.mismatch");
        }
        return !errors.hasErrors();
    }

    /** After an administrator's password reset: the recovery key opens the private key again. */
    @PostMapping("/recovery")
    String recover(@Validated @ModelAttribute("recoveryForm") RecoveryForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UUID userId = CurrentUser.require().id();
        if (!errors.hasFieldErrors("password") && !users.passwordMatches(userId, form.password())) {
            errors.rejectValue("password", "profile.password.wrong");
        }
        if (!errors.hasErrors() && keys.recover(userId, form.recoveryKey(), form.password()).isEmpty()) {
            errors.rejectValue("recoveryKey", "profile.keys.recoveryWrong");
        }
        if (errors.hasErrors()) {
            return profilePage(model);
        }
        redirect.addFlashAttribute("flash", "profile.keys.recovered");
        return REDIRECT;
    }

    @PostMapping("/second-factor/start")
    String startSecondFactor(Model model) {
        model.addAttribute("enrolment", secondFactors.startEnrolment(CurrentUser.require().id()));
        return profilePage(model);
    }

    @PostMapping("/second-factor/confirm")
    String confirmSecondFactor(@RequestParam(defaultValue = "") String code, Model model,
            RedirectAttributes redirect) {
        UUID userId = CurrentUser.require().id();
        if (!secondFactors.confirmEnrolment(userId, code)) {
            model.addAttribute("enrolment", secondFactors.startEnrolment(userId));
            model.addAttribute("codeError", true);
            return profilePage(model);
        }
        redirect.addFlashAttribute("flash", "profile.secondFactor.enabled");
        return REDIRECT;
    }

    @PostMapping("/tokens")
    String createToken(@Validated @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model) {
        UUID userId = CurrentUser.require().id();
        // Issuing a token is a login of its own: the password, and the second factor when the user has one.
        if (!errors.hasFieldErrors("password") && !users.passwordMatches(userId, form.password())) {
            errors.rejectValue("password", "profile.password.wrong");
        }
        if (secondFactors.enabled(userId) && !secondFactors.verify(userId, form.code())) {
            errors.rejectValue("code", "profile.tokens.codeWrong");
        }
        if (!errors.hasErrors()) {
            model.addAttribute("newToken", users.issueApiToken(userId, form.name()));
            model.addAttribute("tokenForm", new TokenForm("", "", ""));
        }
        return profilePage(model);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
        users.revokeToken(CurrentUser.require().id(), tokenId);
        redirect.addFlashAttribute("flash", "profile.tokens.revoked");
        return REDIRECT;
    }
}
