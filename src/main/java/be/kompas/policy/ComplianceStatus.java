package be.kompas.policy;

/** The statuses of the Dutch compliance table (domain.md 8.3). */
public enum ComplianceStatus {

    /** gereed */
    READY,
    /** in ontwikkeling */
    IN_DEVELOPMENT,
    /** doorlopend proces */
    ONGOING_PROCESS,
    /** gefaciliteerd, doorlopend proces */
    FACILITATED_ONGOING_PROCESS;

    public String labelKey() {
        return "policy.compliance.status." + name();
    }
}
