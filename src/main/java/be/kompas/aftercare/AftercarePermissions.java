package be.kompas.aftercare;

/** Permissions of aftercare. */
public final class AftercarePermissions {

    /** See and complete one's own aftercare tasks, and the plans of the cases they belong to. */
    public static final String TASKS = "aftercare.tasks";
    /** See every aftercare plan, reassign tasks and complete any of them. */
    public static final String MANAGE = "aftercare.manage";

    private AftercarePermissions() {
    }
}
