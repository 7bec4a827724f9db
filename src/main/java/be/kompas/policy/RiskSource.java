package be.kompas.policy;

/** The sources a risk-analysis session looks at (domain.md 7.1 and 7.4). */
public enum RiskSource {

    INVESTIGATIONS, COMPLAINTS, ADVICE_POINT, CONFIDENTIAL_PERSONS, WHISTLEBLOWING, SECURITY_INCIDENTS;

    public String labelKey() {
        return "policy.source." + name();
    }
}
