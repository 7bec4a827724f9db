package be.kompas.identity;

/**
 * The role catalogue of domain.md: every organisation gets these roles, and may rename them and change what they
 * grant.
 */
public final class Roles {

    public static final String CHIEF_OF_POLICE = "CHIEF_OF_POLICE";
    public static final String DISCIPLINARY_AUTHORITY = "DISCIPLINARY_AUTHORITY";
    public static final String INTEGRITY_COORDINATOR = "INTEGRITY_COORDINATOR";
    public static final String COACH_FACILITATOR = "COACH_FACILITATOR";
    public static final String FACILITATOR_HELPER = "FACILITATOR_HELPER";
    public static final String INTEGRITY_COACH = "INTEGRITY_COACH";
    public static final String HEAD_OF_OVERSIGHT = "HEAD_OF_OVERSIGHT";
    public static final String OVERSIGHT_INVESTIGATOR = "OVERSIGHT_INVESTIGATOR";
    public static final String DISCIPLINE_OFFICER = "DISCIPLINE_OFFICER";
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";
    public static final String CUSTOMER_COORDINATOR = "CUSTOMER_COORDINATOR";
    public static final String CONFIDENTIAL_PERSON = "CONFIDENTIAL_PERSON";
    public static final String PERSONNEL_CARE = "PERSONNEL_CARE";
    public static final String PREVENTION_ADVISER = "PREVENTION_ADVISER";
    public static final String LINE_MANAGER = "LINE_MANAGER";
    public static final String STAFF_MEMBER = "STAFF_MEMBER";
    public static final String AIG_ANALYST = "AIG_ANALYST";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String COMPETENT_AUTHORITY = "COMPETENT_AUTHORITY";
    public static final String INTEGRITY_DEPARTMENT = "INTEGRITY_DEPARTMENT";
    public static final String LABOUR_AFFAIRS_ADVISER = "LABOUR_AFFAIRS_ADVISER";
    public static final String TRIAGE_COMMITTEE_MEMBER = "TRIAGE_COMMITTEE_MEMBER";

    private Roles() {
    }
}
