package be.kompas.identity.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import be.kompas.identity.Permissions;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** After the password: on to the second factor when one is due, else where the user was going. */
@Component
class SecondFactorSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getAuthorities().stream()
                .anyMatch(a -> Permissions.SECOND_FACTOR_PENDING.equals(a.getAuthority()))) {
            getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
