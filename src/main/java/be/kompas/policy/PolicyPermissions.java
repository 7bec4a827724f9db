package be.kompas.policy;

/** Permissions of the policy module. */
public final class PolicyPermissions {

    /** Keep the risk register and the action plan. */
    public static final String MANAGE = "policy.manage";

    /** Read the risk register and the action plan. */
    public static final String READ = "policy.read";

    /** See national aggregates across zones, never one zone's records. */
    public static final String NATIONAL = "policy.national";

    /** Take part in the organisation's anonymous ethical climate survey. */
    public static final String SURVEY_ANSWER = "policy.survey.answer";

    private PolicyPermissions() {
    }
}
