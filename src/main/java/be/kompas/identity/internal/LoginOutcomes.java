package be.kompas.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

import be.kompas.identity.LoginFailed;
import be.kompas.identity.LoginSucceeded;

/** What a failed or completed login changes: the failure count, the lock, and the events that audit records. */
@Component
class LoginOutcomes {

    private final UserAccountRepository accounts;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginOutcomes(UserAccountRepository accounts, IdentitySettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    void failed(UserAccount account, String reason) {
        int failures = account.failedAttempts() + 1;
        var lock = settings.lockout().lockAfter(failures);
        accounts.recordFailure(account.id(), failures, lock.isZero() ? null : clock.instant().plus(lock));
        events.publishEvent(new LoginFailed(account.username(), account.organisation().id(), reason));
    }

    UsernamePasswordAuthenticationToken succeeded(UserAccount account) {
        Instant now = clock.instant();
        accounts.recordSuccess(account.id(), now);
        events.publishEvent(new LoginSucceeded(account.username(), account.organisation().id()));
        return UsernamePasswordAuthenticationToken.authenticated(account.toUser(), null,
                AuthorityUtils.createAuthorityList(account.grantedAuthorities()));
    }
}
