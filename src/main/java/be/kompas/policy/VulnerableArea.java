package be.kompas.policy;

/** The vulnerable work areas of domain.md 7.2. */
public enum VulnerableArea {

    COLLECTING, INFORMATION, OUTSOURCING, PAYING_OUT, GRANTING, ENFORCING, FINANCE, MANAGEMENT_AND_MAINTENANCE;

    public String labelKey() {
        return "policy.area." + name();
    }
}
