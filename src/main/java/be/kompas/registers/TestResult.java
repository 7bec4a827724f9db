package be.kompas.registers;

/** The result of an alcohol or drug test; a refusal counts as a positive result for the follow-up. */
public enum TestResult {
    NEGATIVE, POSITIVE, REFUSED, NOT_PERFORMED;

    /** Whether a follow-up other than none may follow. */
    public boolean needsFollowUp() {
        return this == POSITIVE || this == REFUSED;
    }
}
