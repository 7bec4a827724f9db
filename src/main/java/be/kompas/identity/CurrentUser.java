package be.kompas.identity;

import java.util.Optional;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user behind the current request, taken from the security context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<KompasUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KompasUser user
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Permissions.LOGIN_COMPLETE.equals(a.getAuthority()))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; code behind a secured path may rely on one being there. */
    public static KompasUser require() {
        return find().orElseThrow(() -> new InsufficientAuthenticationException("No signed-in user"));
    }
}
