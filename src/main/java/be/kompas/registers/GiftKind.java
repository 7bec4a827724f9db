package be.kompas.registers;

/** What was offered. */
public enum GiftKind {
    GIFT, INVITATION, ADVANTAGE
}
