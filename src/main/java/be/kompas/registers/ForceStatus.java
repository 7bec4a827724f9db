package be.kompas.registers;

/** Where a use-of-force report stands: filed, sent back by the supervisor, approved, analysed. */
public enum ForceStatus {
    SUBMITTED, RETURNED, APPROVED, ANALYSED
}
