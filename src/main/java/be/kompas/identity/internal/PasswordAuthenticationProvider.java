package be.kompas.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import be.kompas.identity.LoginFailed;
import be.kompas.identity.Permissions;

/**
 * Checks username and password, applies the lockout, and either completes the login or leaves it waiting for the
 * second factor. Unknown users cost the same hashing time as known ones, so timing does not tell them apart.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginOutcomes outcomes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserKeyService keys;
    private final String dummyHash;

    PasswordAuthenticationProvider(UserAccountRepository accounts, PasswordEncoder passwords, LoginOutcomes outcomes,
            ApplicationEventPublisher events, Clock clock, UserKeyService keys) {
        this.accounts = accounts;
        this.keys = keys;
        this.passwords = passwords;
        this.outcomes = outcomes;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode("timing-equaliser-for-unknown-users");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        var found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            events.publishEvent(new LoginFailed(username, null, "bad-credentials"));
            throw new BadCredentialsException("Bad credentials");
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            passwords.matches(password, dummyHash);
            events.publishEvent(new LoginFailed(username, account.organisation().id(), "locked"));
            throw new LockedException("Locked");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            outcomes.failed(account, "bad-credentials");
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.enabled()) {
            events.publishEvent(new LoginFailed(username, account.organisation().id(), "disabled"));
            throw new DisabledException("Disabled");
        }
        // Only a password login opens the user's private key, and only into their session.
        keys.unlockAtLogin(account.organisation().id(), account.id(), password);
        if (account.needsSecondFactor()) {
            return UsernamePasswordAuthenticationToken.authenticated(account.toUser(), null,
                    AuthorityUtils.createAuthorityList(Permissions.SECOND_FACTOR_PENDING));
        }
        return outcomes.succeeded(account);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
