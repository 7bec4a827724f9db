package be.kompas.earlywarning.internal;

/** How the staff member was told about an alert. */
public enum InformedHow {
    CONVERSATION, LETTER, EMAIL
}
