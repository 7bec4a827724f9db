package be.kompas.investigations;

/** Who must be informed of a case (domain.md 1.4, 4.4, 5.1 and 6.1). */
public enum Recipient {
    MAYOR, COMITE_P, AIG, PROSECUTOR, STAFF_MEMBER, COMPLAINANT, HIERARCHICAL_SUPERIOR, MINISTER_OF_INTERIOR, OTHER
}
