package be.kompas.policy;

/** The domains of the Gent action plan (domain.md 8.2), each with the letter of its codes (B1, S1, O1, ...). */
public enum ActionDomain {

    POLICY("B"), SELECTION("S"), TRAINING("O"), ENFORCEMENT("H"), COMMUNICATION("C"), POINTS_OF_ATTENTION("A");

    private final String codePrefix;

    ActionDomain(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    public String codePrefix() {
        return codePrefix;
    }

    public String labelKey() {
        return "policy.domain." + name();
    }
}
