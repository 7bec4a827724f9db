package be.kompas.identity;

import java.util.Set;

/**
 * A module's default: the roles that hold one of its permissions in a new organisation. Declared as beans, applied
 * once per organisation, so an administrator's later change sticks.
 */
public record DefaultGrant(String permission, Set<String> roles) {

    public static DefaultGrant of(String permission, String... roles) {
        return new DefaultGrant(permission, Set.of(roles));
    }
}
