package be.kompas.policy;

/** The parts of Kompas that can support an element of the integrity framework, with the page that opens them. */
public enum SupportingModule {

    COMPLAINTS("/complaints"), ADVICE_POINT("/advice"), INVESTIGATIONS("/investigations"),
    USE_OF_FORCE("/registers/force"), GIFTS("/registers/gifts"), ANCILLARY_ACTIVITIES("/registers/ancillary"),
    SCREENING("/registers/screenings"), LOOKUPS("/lookups"), STAFF("/people/staff"), RISK_REGISTER("/policy/risks"),
    VULNERABLE_FUNCTIONS("/policy/vulnerable-functions"), ACTION_PLAN("/policy/actions"),
    MATURITY("/policy/maturity"), RECOMMENDATIONS("/policy/recommendations"), CLIMATE_SURVEY("/policy/surveys");

    private final String path;

    SupportingModule(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return "policy.module." + name();
    }
}
