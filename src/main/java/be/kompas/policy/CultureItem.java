package be.kompas.policy;

/** The staff-and-culture sub-items of the maturity matrix (domain.md 2.3). */
public enum CultureItem {

    MANAGER_SELECTION, POLICY_CYCLE, TRAINING, EVALUATION_FORMS, JOB_PROFILES, SELECTION_OFFICER_TRAINING,
    DILEMMA_TRAINING, INTERVIEW_TECHNIQUES, GPI_48, INDUCTION, MENTORS_AND_PROBATION, BACKGROUND_CHECK,
    REFLECTION_SESSIONS, EXIT_INTERVIEWS, AFTERCARE, VALUES_DOCUMENT, TEAM_MEETINGS;

    public enum Answer {
        YES, NO, AD_HOC;

        public String labelKey() {
            return "policy.answer." + name();
        }
    }

    public String labelKey() {
        return "policy.item." + name();
    }
}
