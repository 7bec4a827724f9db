package be.kompas.investigations;

/** The DIT office that owns a case; they work independently of each other and of the DPO (domain.md 1.2). */
public enum Bureau {
    INTERNAL_OVERSIGHT, DISCIPLINE
}
