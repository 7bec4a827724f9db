package be.kompas.policy;

/**
 * The elements of the Dutch integrity house (domain.md 2.2) by which the annual plan (8.3) and the framework map are
 * grouped: the roof (vision and ambition), the foundations, the three pillars, communication and monitoring.
 */
public enum HouseElement {

    VISION, ETHICAL_CLIMATE, LEADERSHIP, PROTECT, EMPOWER, LIMIT, COMMUNICATION, MONITOR, OTHER;

    public String labelKey() {
        return "policy.house." + name();
    }
}
