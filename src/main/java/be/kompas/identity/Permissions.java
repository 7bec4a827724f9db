package be.kompas.identity;

/**
 * The permissions of the foundation modules. Each module names its own permissions in its API; a permission is a
 * plain string so that roles can be kept as data.
 */
public final class Permissions {

    /** Held by every session that passed every factor it needs; nothing else is granted before it. */
    public static final String LOGIN_COMPLETE = "login.complete";
    /** Held between the password and the second factor. */
    public static final String SECOND_FACTOR_PENDING = "login.second-factor-pending";

    public static final String USERS_MANAGE = "identity.users.manage";
    public static final String ROLES_MANAGE = "identity.roles.manage";

    private Permissions() {
    }
}
