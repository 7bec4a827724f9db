package be.kompas.investigations;

/** The decision on a case, as {@link CaseDecided#outcome()} carries it. */
public enum Outcome {
    NO_BREACH, FILED_WITHOUT_FURTHER_ACTION, NON_DISCIPLINARY_MEASURE, LIGHT_SANCTION, HEAVY_SANCTION, REFERRED;

    /** Whether the decision establishes a breach. */
    public boolean breach() {
        return this == NON_DISCIPLINARY_MEASURE || this == LIGHT_SANCTION || this == HEAVY_SANCTION;
    }
}
