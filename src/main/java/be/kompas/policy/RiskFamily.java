package be.kompas.policy;

/** The risk families of the Dutch taxonomy (domain.md 7.4). */
public enum RiskFamily {

    GOODS, TIME, MONEY, INFORMATION, RELATIONS, WORKPLACE_CONDUCT, POWERS;

    public String labelKey() {
        return "policy.family." + name();
    }
}
