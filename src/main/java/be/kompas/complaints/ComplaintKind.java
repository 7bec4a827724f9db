package be.kompas.complaints;

/** What a citizen brings to the Meldpunt (domain.md 4.1). */
public enum ComplaintKind {
    COMPLAINT, COMPLIMENT, QUESTION, SUGGESTION, TIP;

    /** Whether the item must be closed with one of the complaint outcomes; the others are simply handled. */
    public boolean isComplaint() {
        return this == COMPLAINT;
    }
}
