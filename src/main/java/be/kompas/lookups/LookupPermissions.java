package be.kompas.lookups;

/** Permissions of the look-up review. */
public final class LookupPermissions {

    /** Import data sets, review alerts, decide on them and approve another reviewer's reveal. */
    public static final String REVIEW = "lookups.review";

    /** See the whole review process (volumes, decisions, reveals) without identities: the DPO's oversight. */
    public static final String OVERSEE = "lookups.oversee";

    private LookupPermissions() {
    }
}
