package be.kompas.identity.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.kompas.identity.KompasUser;
import be.kompas.identity.internal.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in page and the second step for users who need a second factor. */
@Controller
class LoginController {

    static final String LOGIN_VIEW = "identity/login";
    static final String SECOND_FACTOR_VIEW = "identity/second-factor";

    private final SecondFactors secondFactors;
    private final SecurityContextRepository contexts;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    LoginController(SecondFactors secondFactors, SecurityContextRepository contexts) {
        this.secondFactors = secondFactors;
        this.contexts = contexts;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }

    @GetMapping("/login/second-factor")
    String secondFactor(Model model) {
        KompasUser pending = pendingUser();
        if (secondFactors.needsEnrolment(pending)) {
            model.addAttribute("enrolment", secondFactors.startEnrolment(pending.id()));
        }
        return SECOND_FACTOR_VIEW;
    }

    @PostMapping("/login/second-factor")
    String completeSecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        KompasUser pending = pendingUser();
        boolean enrolling = secondFactors.needsEnrolment(pending);
        if (enrolling && !secondFactors.confirmEnrolment(pending.id(), code)) {
            model.addAttribute("enrolment", secondFactors.startEnrolment(pending.id()));
            model.addAttribute("codeError", true);
            return SECOND_FACTOR_VIEW;
        }
        Optional<Authentication> completed = enrolling ? secondFactors.completeEnrolledLogin(pending)
                : secondFactors.completeLogin(pending, code);
        if (completed.isEmpty()) {
            model.addAttribute("codeError", true);
            return SECOND_FACTOR_VIEW;
        }
        // A new session id for the fully signed-in session, as after the password step.
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(completed.get());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        var saved = requestCache.getRequest(request, response);
        return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
    }

    private static KompasUser pendingUser() {
        return (KompasUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }
}
