package be.kompas.lookups;

/** Permissions of the look-up review. */
public final class LookupPermissions {

    /** Import data sets, review alerts, decide on them and approve another reviewer's reveal. */
    public static final String REVIEW = "lookups.review";

    /** See the whole review process (volumes, decisions, reveals) without identities: the DPO's oversight. */
    public static final String OVERSEE = "lookups.oversee";

    /** Answer the sample of explained look-ups of one's team: confirm the purpose or question it. */
    public static final String SAMPLE_ANSWER = "lookups.sample.answer";

    private LookupPermissions() {
    }
}
