package be.kompas.lookups.engine;

/**
 * A look-up proposed for review: one row of {@code alerts.csv}. A proposal, never a verdict.
 *
 * @param reasons the {@link Reason} bits
 */
public record Alert(String eventId, String officerId, String subjectId, int score, int reasons) {

    /** The reasons as written in {@code alerts.csv}, e.g. {@code SAME_SURNAME;UNEXPLAINED}. */
    public String reasonCodes() {
        return Reason.codes(reasons);
    }
}
