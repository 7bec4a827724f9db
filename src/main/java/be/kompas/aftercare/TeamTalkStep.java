package be.kompas.aftercare;

/** The steps of the Gent team aftercare talk (H13), in their order; the talk's checklist. */
public enum TeamTalkStep {
    MISSTEP_AND_METHOD, SERIOUSNESS_AND_SANCTION, CARE_FOR_COLLEAGUE, QUESTIONS, LESSONS
}
