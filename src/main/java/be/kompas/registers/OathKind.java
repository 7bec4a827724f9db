package be.kompas.registers;

/** What was taken or signed (domain.md 2.3 and 8.3: oath or affirmation, the values document, the code). */
public enum OathKind {

    OATH, AFFIRMATION, VALUES_DOCUMENT, CODE_OF_CONDUCT
}
