package be.kompas.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user's private key, opened with their password at login and kept in their HTTP session only: never
 * written to the database, never serialised with the session (not {@link java.io.Serializable}), never printed. API
 * tokens have no session, so they never unlock anything.
 */
public final class UnlockedKeys {

    /** Session attribute under which the login stores the keys. */
    public static final String SESSION_ATTRIBUTE = UnlockedKeys.class.getName();

    private final UUID userId;
    private final byte[] privateKey;

    public UnlockedKeys(UUID userId, byte[] privateKey) {
        this.userId = userId;
        this.privateKey = privateKey.clone();
    }

    public UUID userId() {
        return userId;
    }

    public byte[] privateKey() {
        return privateKey.clone();
    }

    /** The keys of the current request's session, if the signed-in user unlocked them at login. */
    public static Optional<UnlockedKeys> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        var user = CurrentUser.find();
        if (attributes == null || user.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(attributes.getAttribute(SESSION_ATTRIBUTE, RequestAttributes.SCOPE_SESSION))
                .map(UnlockedKeys.class::cast).filter(keys -> keys.userId.equals(user.get().id()));
    }

    @Override
    public String toString() {
        return "UnlockedKeys[" + userId + "]";
    }
}
