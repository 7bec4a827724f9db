package be.kompas.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user's private key, opened with their password at login and kept in their HTTP session only: never
 * written to the database and never printed. When sessions are stored in the database (several instances), only the
 * user id is serialised: the key is {@code transient}, so a session read back elsewhere holds no key and the user's
 * encrypted content stays closed there until they sign in again. API tokens have no session, so they never unlock
 * anything.
 */
public final class UnlockedKeys implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute under which the login stores the keys. */
    public static final String SESSION_ATTRIBUTE = UnlockedKeys.class.getName();

    private final UUID userId;
    private final transient byte[] privateKey;

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
                .map(UnlockedKeys.class::cast)
                .filter(keys -> keys.privateKey != null && keys.userId.equals(user.get().id()));
    }

    @Override
    public String toString() {
        return "UnlockedKeys[" + userId + "]";
    }
}
