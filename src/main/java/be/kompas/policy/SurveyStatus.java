package be.kompas.policy;

/** A survey is composed as a draft, opened for a period, and closed (by hand or after its last day). */
public enum SurveyStatus {

    DRAFT, OPEN, CLOSED;

    public String labelKey() {
        return "policy.survey.status." + name();
    }
}
