package be.kompas.aftercare;

/**
 * The kinds of aftercare task (domain.md 5.3), each with the working days from the case's opening or closing to its
 * due date.
 */
public enum TaskKind {
    /** Personnel care's contact with a staff member while the case runs. */
    WELLBEING_FOLLOW_UP(2),
    /** Aftercare talk (nazorggesprek) with the staff member concerned. */
    STAFF_TALK(10),
    /** Aftercare talk with the reporter, when one is known. */
    REPORTER_TALK(10),
    /** Team aftercare talk (H13), held with the steps of {@link TeamTalkStep}. */
    TEAM_TALK(15),
    /** Recovery path (hersteltraject, H12) after an effective sanction. */
    RECOVERY_PATH(20),
    /** Restoring the person's standing (rehabilitation) when no breach was found. */
    REHABILITATION(10),
    /** Individual debriefing for learning (H10). */
    DEBRIEFING(15);

    private final int workingDays;

    TaskKind(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }
}
