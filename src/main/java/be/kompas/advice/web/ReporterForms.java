package be.kompas.advice.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.advice.internal.AdviceService;
import be.kompas.advice.internal.ProofOfWork;
import be.kompas.advice.internal.PublicRateLimiter;
import be.kompas.core.RecordNotFoundException;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/** What the reporter's pages and the public API share: the organisation, the category labels, the limits. */
@Component
class ReporterForms {

    static final int MIN_NAME = 3;
    static final int MIN_PASSPHRASE = 10;
    static final int MAX_TEXT = 20_000;

    /** The same answer for a wrong name and a wrong passphrase. */
    static class WrongCredentialsException extends RuntimeException {
        WrongCredentialsException() {
            super("No matching report");
        }
    }

    private final Organisations organisations;
    private final AdviceService advice;
    private final PublicRateLimiter limiter;
    private final ProofOfWork proofOfWork;
    private final MessageSource messages;

    ReporterForms(Organisations organisations, AdviceService advice, PublicRateLimiter limiter,
            ProofOfWork proofOfWork, MessageSource messages) {
        this.organisations = organisations;
        this.advice = advice;
        this.limiter = limiter;
        this.proofOfWork = proofOfWork;
        this.messages = messages;
    }

    Organisation organisation(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new RecordNotFoundException("organisation", code));
    }

    Map<String, String> categories(Organisation organisation, Locale locale) {
        return categories(organisation.id(), locale);
    }

    Map<String, String> categories(OrganisationId organisation, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        advice.categories(organisation).forEach((code, label) -> labels.put(code,
                label != null ? label : messages.getMessage("advice.category." + code, null, code, locale)));
        return labels;
    }

    void rateLimit(Organisation organisation, PublicRateLimiter.Action action) {
        limiter.take(organisation.id(), action);
    }

    /** A submission: with a valid, unused proof of work it may draw on the larger budget when the plain one is empty. */
    void rateLimitSubmission(Organisation organisation, @Nullable String challenge, @Nullable String nonce) {
        limiter.take(organisation.id(), PublicRateLimiter.Action.SUBMIT, proofOfWork.verify(challenge, nonce));
    }

    ProofOfWork proofOfWork() {
        return proofOfWork;
    }

    AdviceService.ReporterAccess reporterLogin(Organisation organisation, String name, String passphrase) {
        rateLimit(organisation, PublicRateLimiter.Action.LOGIN);
        return advice.reporterLogin(organisation, name, passphrase).orElseThrow(WrongCredentialsException::new);
    }
}
