package be.kompas.audit;

/** Permissions of the audit module. */
public final class AuditPermissions {

    /** Re-compute the hash chain and see where it breaks. */
    public static final String VERIFY = "audit.verify";
    /** Search the trail by person or record; each search is itself recorded. */
    public static final String SEARCH = "audit.search";

    private AuditPermissions() {
    }
}
