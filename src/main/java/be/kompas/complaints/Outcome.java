package be.kompas.complaints;

/**
 * How an item was closed. The first seven are the complaint outcomes of domain.md 4.2; {@link #HANDLED} closes a
 * compliment, question, suggestion or tip.
 */
public enum Outcome {
    FOUNDED, PARTLY_FOUNDED, UNFOUNDED, WORD_AGAINST_WORD, NO_JUDGEMENT, INADMISSIBLE, ASSIGNED_TO_DIT, HANDLED;

    public boolean fitsComplaints() {
        return this != HANDLED;
    }
}
