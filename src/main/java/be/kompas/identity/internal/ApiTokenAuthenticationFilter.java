package be.kompas.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import be.kompas.identity.LoginFailed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Accepts {@code Authorization: Bearer kmp_...} on the JSON API. A token acts with its owner's current permissions;
 * a disabled or locked owner makes it useless.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenAuthenticationFilter(ApiTokenRepository tokens, UserAccountRepository accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        Optional<UserAccount> account;
        try {
            account = tokens.useToken(ApiTokens.hash(token), clock.instant()).flatMap(accounts::findById)
                    .filter(a -> a.enabled() && !a.lockedAt(clock.instant()));
        }
        catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
            // The same answer the API gives for an unreachable database once past this filter.
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached; nothing"
                    + " was stored. Try again shortly.");
            return;
        }
        if (account.isEmpty()) {
            events.publishEvent(new LoginFailed("api-token", null, "bad-token"));
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown, revoked or"
                    + " belongs to a disabled account.");
            return;
        }
        var user = account.get();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(user.toUser(), null, AuthorityUtils.createAuthorityList(user.grantedAuthorities())));
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
