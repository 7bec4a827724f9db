package be.kompas.reporting;

/** Permissions of the dashboards and reports. */
public final class ReportingPermissions {

    /** The organisation's dashboard and annual reports (chief of police, integrity coordinator). */
    public static final String ORGANISATION = "reporting.organisation";
    /** The dashboard of one's own unit (line managers). */
    public static final String UNIT = "reporting.unit";
    /** The national dashboard and report, aggregates only (the AIG). */
    public static final String NATIONAL = "reporting.national";

    private ReportingPermissions() {
    }
}
