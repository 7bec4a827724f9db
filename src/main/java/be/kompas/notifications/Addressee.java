package be.kompas.notifications;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.identity.KompasUser;

/**
 * Who in the notice's organisation reads it: one user, or everyone holding a permission, or everyone holding a role.
 * Exactly one of the three is set.
 */
public record Addressee(@Nullable UUID user, @Nullable String permission, @Nullable String role) {

    public Addressee {
        int set = (user != null ? 1 : 0) + (permission != null ? 1 : 0) + (role != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("An addressee is exactly one user, permission or role");
        }
    }

    public static Addressee user(UUID userId) {
        return new Addressee(userId, null, null);
    }

    public static Addressee holdersOf(String permission) {
        return new Addressee(null, permission, null);
    }

    public static Addressee role(String role) {
        return new Addressee(null, null, role);
    }

    boolean includes(KompasUser reader) {
        return reader.id().equals(user) || (permission != null && reader.can(permission))
                || (role != null && reader.hasRole(role));
    }
}
