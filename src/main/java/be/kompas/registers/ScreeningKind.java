package be.kompas.registers;

/** Why someone is screened (domain.md 9.5): at entry, at intervals, on moving into a vulnerable function, at promotion. */
public enum ScreeningKind {
    ENTRY, PERIODIC, VULNERABLE_FUNCTION, PROMOTION
}
