package be.kompas.investigations;

/** Where a case stands: triage, then the chosen track, the decision, and closing. */
public enum CaseStatus {
    TRIAGE, IN_PROGRESS, DECIDED, CLOSED
}
