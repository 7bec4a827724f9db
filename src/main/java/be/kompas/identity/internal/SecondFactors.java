package be.kompas.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.identity.KompasUser;

/**
 * The second factor: checking a code at login (each time step accepted once), and enrolling a new authenticator.
 * Failed codes count towards the same lockout as failed passwords.
 */
@Service
public class SecondFactors {

    private static final String ISSUER = "Kompas";

    private final UserAccountRepository accounts;
    private final LoginOutcomes outcomes;
    private final Totp totp;

    SecondFactors(UserAccountRepository accounts, LoginOutcomes outcomes, Clock clock) {
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.totp = new Totp(clock);
    }

    /** A pending login that has no authenticator yet must enrol one first. */
    public boolean needsEnrolment(KompasUser user) {
        return accounts.findById(user.id()).map(account -> !account.totpEnabled()).orElse(false);
    }

    /** Completes a pending login; empty when the code is wrong or was used before. */
    @Transactional
    public Optional<Authentication> completeLogin(KompasUser pending, String code) {
        UserAccount account = accounts.findById(pending.id()).orElseThrow();
        if (account.totpEnabled() && account.totpSecret() != null && accept(account, account.totpSecret(), code)) {
            return Optional.of(outcomes.succeeded(account));
        }
        outcomes.failed(account, "bad-second-factor");
        return Optional.empty();
    }

    /** Completes a pending login right after the user enrolled (the enrolment code was the second factor). */
    @Transactional
    public Optional<Authentication> completeEnrolledLogin(KompasUser pending) {
        UserAccount account = accounts.findById(pending.id()).orElseThrow();
        return account.totpEnabled() ? Optional.of(outcomes.succeeded(account)) : Optional.empty();
    }

    /** Starts enrolment: a fresh secret, not yet active, and the URI that authenticator apps scan. */
    @Transactional
    public Enrolment startEnrolment(UUID userId) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        String secret = Totp.newSecret();
        accounts.storeTotp(userId, secret, false);
        return new Enrolment(secret, Totp.uri(ISSUER, account.username(), secret));
    }

    /** Turns the pending secret on once the user proves their app produces its codes. */
    @Transactional
    public boolean confirmEnrolment(UUID userId, String code) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        String secret = account.totpSecret();
        var step = secret == null ? java.util.OptionalLong.empty() : totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            return false;
        }
        accounts.storeTotp(userId, secret, true);
        return accounts.claimTotpStep(userId, step.getAsLong());
    }

    /** Checks a code for an already enrolled user, e.g. before issuing an API token. */
    @Transactional
    public boolean verify(UUID userId, String code) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        return account.totpEnabled() && account.totpSecret() != null && accept(account, account.totpSecret(), code);
    }

    @Transactional
    public void disable(UUID userId) {
        accounts.storeTotp(userId, null, false);
    }

    public boolean enabled(UUID userId) {
        return accounts.findById(userId).map(UserAccount::totpEnabled).orElse(false);
    }

    private boolean accept(UserAccount account, String secret, String code) {
        var step = totp.matchingStep(secret, code);
        return step.isPresent() && accounts.claimTotpStep(account.id(), step.getAsLong());
    }

    public record Enrolment(String secret, String uri) {
    }
}
