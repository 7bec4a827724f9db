package be.kompas.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

import be.kompas.core.crypto.SessionSecrets;
import be.kompas.identity.UnlockedKeys;
import jakarta.servlet.http.Cookie;

/**
 * MockMvc requests as a stored user with their real roles and permissions, as if they had completed every login
 * factor: {@code mvc.perform(get("/").with(SignedIn.as("demo.coordinator")))}.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /**
     * As {@link #as}, with the user's private key unlocked in the session as a password login does (all demo users
     * have the password {@code test-password-123} in tests): sealed into the session, and the request carries the
     * browser's cookie with the key that opens it.
     */
    public static RequestPostProcessor withKeys(String username) {
        return request -> {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            var account = context.getBean(UserAccountRepository.class).findByUsername(username).orElseThrow();
            context.getBean(UserKeyService.class).unlock(account.id(), "test-password-123").ifPresent(keys -> {
                var response = new MockHttpServletResponse();
                context.getBean(SessionSecrets.class).put(request, response, UnlockedKeys.SESSION_SECRET,
                        keys.toBytes());
                withCookie(request, response.getCookie(SessionSecrets.COOKIE));
            });
            return as(username).postProcessRequest(request);
        };
    }

    /** The session key-wrapping cookie a response set, if any (after a login, an unlock, a reporter's sign-in). */
    public static @Nullable Cookie keysCookie(MvcResult result) {
        return result.getResponse().getCookie(SessionSecrets.COOKIE);
    }

    private static void withCookie(MockHttpServletRequest request, @Nullable Cookie cookie) {
        if (cookie == null) {
            return;
        }
        var cookies = new ArrayList<Cookie>();
        if (request.getCookies() != null) {
            Arrays.stream(request.getCookies()).filter(c -> !c.getName().equals(cookie.getName()))
                    .forEach(cookies::add);
        }
        cookies.add(cookie);
        request.setCookies(cookies.toArray(Cookie[]::new));
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
