package be.kompas.policy;

/** The elements of the Dutch integrity house by which the annual plan is grouped (domain.md 2.2, 8.3). */
public enum HouseElement {

    ETHICAL_CLIMATE, LEADERSHIP, PROTECT, EMPOWER, LIMIT, COMMUNICATION, MONITOR, OTHER;

    public String labelKey() {
        return "policy.house." + name();
    }
}
