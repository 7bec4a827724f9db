package be.kompas.lookups.engine;

/**
 * A look-up that may yet be proposed: unexplained, or with a personal link. Only these are ever allocated; a look-up
 * that a case explains and that has no personal link leaves no trace.
 */
public final class Suspect {

    private final String eventId;
    private final String officerId;
    private final CharSequence subjectId;
    private final long ts;
    private final long subjectKey;
    private final int officer;
    private int reasons;
    private boolean decided;
    private boolean proposed;
    /** The latest time seen when this look-up was read, which lets the reorder window advance. */
    long seenMax;

    /**
     * @param subjectId  read only when the suspect is proposed, so it may be a lazy view
     * @param subjectKey identifies the subject for burst and repeat counts
     * @param officer    the officer's index in the batch context, or -1 outside it
     */
    public Suspect(String eventId, String officerId, CharSequence subjectId, long ts, long subjectKey, int officer,
            int reasons) {
        this.eventId = eventId;
        this.officerId = officerId;
        this.subjectId = subjectId;
        this.ts = ts;
        this.subjectKey = subjectKey;
        this.officer = officer;
        this.reasons = reasons;
    }

    /** Restores a suspect from a state store, with its decision. */
    public static Suspect restore(String eventId, String officerId, String subjectId, long ts, long subjectKey,
            int reasons, boolean decided, boolean proposed) {
        Suspect suspect = new Suspect(eventId, officerId, subjectId, ts, subjectKey, -1, reasons);
        suspect.decided = decided;
        suspect.proposed = proposed;
        return suspect;
    }

    public String eventId() {
        return eventId;
    }

    public String officerId() {
        return officerId;
    }

    public String subjectId() {
        return subjectId.toString();
    }

    public long ts() {
        return ts;
    }

    public long subjectKey() {
        return subjectKey;
    }

    int officer() {
        return officer;
    }

    public int reasons() {
        return reasons;
    }

    public boolean decided() {
        return decided;
    }

    public boolean proposed() {
        return proposed;
    }

    /** Adds a reason; returns whether the look-up did not have it yet. */
    boolean addReason(Reason reason) {
        boolean added = !reason.in(reasons);
        reasons |= reason.bit();
        return added;
    }

    /**
     * Decides once the suspect's reasons are known, and again whenever a later burst or repeat adds one: proposes it
     * at most once, as soon as its score reaches the threshold.
     */
    public boolean decide(int threshold) {
        decided = true;
        if (!proposed && Rules.mayBeProposed(reasons) && Reason.score(reasons) >= threshold) {
            proposed = true;
            return true;
        }
        return false;
    }

    public Alert toAlert() {
        return new Alert(eventId, officerId, subjectId(), Reason.score(reasons), reasons);
    }
}
