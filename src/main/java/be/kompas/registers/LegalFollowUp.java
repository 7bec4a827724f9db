package be.kompas.registers;

/** What the justice system does with an assault (COL 10/2017 prefers the fast track, domain.md 9.2). */
public enum LegalFollowUp {
    NONE_YET, REPORT_DRAWN_UP, FAST_TRACK, PROSECUTION, CIVIL_PARTY, DISMISSED
}
