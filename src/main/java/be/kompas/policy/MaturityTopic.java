package be.kompas.policy;

/** The topics of the Gent maturity matrix (domain.md 2.3). */
public enum MaturityTopic {

    VISION, RISK_ANALYSIS, QUESTIONNAIRE, VULNERABLE_FUNCTIONS, COMMITMENT, MISSION_VISION_VALUES, CODES_OF_CONDUCT,
    STRUCTURES, PROCESSES, STAFF_AND_CULTURE, ENFORCEMENT, EVALUATION_AND_REPORTING;

    public String labelKey() {
        return "policy.topic." + name();
    }
}
