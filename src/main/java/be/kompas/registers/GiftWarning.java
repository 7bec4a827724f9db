package be.kompas.registers;

/** A rule of domain.md 13.7 that an accepted gift breaks; shown to the declarer and the coordinator. */
public enum GiftWarning {
    /** Worth more than the organisation's threshold: only gifts of symbolic value may be accepted. */
    ABOVE_THRESHOLD,
    /** From a giver on the organisation's list, from whom nothing may be accepted. */
    FORBIDDEN_GIVER
}
