package be.kompas.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * MockMvc requests as a stored user with their real roles and permissions, as if they had completed every login
 * factor: {@code mvc.perform(get("/").with(SignedIn.as("demo.coordinator")))}.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /**
     * As {@link #as}, with the user's private key unlocked in the session as a password login does (all demo users
     * have the password {@code test-password-123} in tests).
     */
    public static RequestPostProcessor withKeys(String username) {
        return request -> {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            var account = context.getBean(UserAccountRepository.class).findByUsername(username).orElseThrow();
            context.getBean(UserKeyService.class).unlock(account.id(), "test-password-123").ifPresent(
                    keys -> request.getSession().setAttribute(be.kompas.identity.UnlockedKeys.SESSION_ATTRIBUTE, keys));
            return as(username).postProcessRequest(request);
        };
    }

    public static RequestPostProcessor as(String username) {
        return request -> {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            var account = context.getBean(UserAccountRepository.class).findByUsername(username).orElseThrow();
            // The organisation's language, not the one an earlier test chose on the shared demo account.
            var user = account.toUser().withLocale(account.organisation().locale());
            var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    AuthorityUtils.createAuthorityList(account.grantedAuthorities()));
            return SecurityMockMvcRequestPostProcessors.authentication(authentication).postProcessRequest(request);
        };
    }
}
