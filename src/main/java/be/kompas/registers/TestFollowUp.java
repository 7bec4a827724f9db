package be.kompas.registers;

/** What follows a positive or refused test (domain.md 8.2: B8 links substance abuse to personnel care). */
public enum TestFollowUp {
    NONE, CONVERSATION, CARE_REFERRAL, DISCIPLINARY_REPORT
}
