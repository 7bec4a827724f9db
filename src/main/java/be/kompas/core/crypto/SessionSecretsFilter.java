package be.kompas.core.crypto;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps {@link SessionSecrets} bound to the session id: whoever changes the id (Spring Security after the password,
 * the second-factor step, single sign-on, the reporter's sign-in on the Advice Point) calls
 * {@link HttpServletRequest#changeSessionId()}, and this wrapper seals the session's secrets again for the new id.
 * Ordered after Spring Session's filter (whose request it wraps) and before Spring Security's.
 */
@Component
class SessionSecretsFilter extends OncePerRequestFilter implements Ordered {

    /** Spring Session's repository filter is {@code HIGHEST_PRECEDENCE + 50}, Spring Security's chain -100. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final SessionSecrets secrets;

    SessionSecretsFilter(SessionSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String changeSessionId() {
                var session = getSession(false);
                String oldId = session == null ? null : session.getId();
                String newId = super.changeSessionId();
                if (oldId != null && !oldId.equals(newId)) {
                    secrets.rebind((HttpServletRequest) getRequest(), oldId);
                }
                return newId;
            }
        }, response);
    }
}
