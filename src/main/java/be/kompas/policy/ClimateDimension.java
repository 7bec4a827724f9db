package be.kompas.policy;

/** The seven organisational factors of Kaptein, the dimensions of the ethical climate survey (domain.md 10). */
public enum ClimateDimension {

    CLARITY, ROLE_MODELLING, FEASIBILITY, INVOLVEMENT, TRANSPARENCY, DISCUSSABILITY, ENFORCEMENT;

    public String labelKey() {
        return "policy.dimension." + name();
    }
}
