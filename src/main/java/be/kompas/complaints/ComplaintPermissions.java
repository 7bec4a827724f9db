package be.kompas.complaints;

/** Permissions of the complaints module. */
public final class ComplaintPermissions {

    /** Register, classify, route and close complaints, see complainants, set the service level (customer coordinator). */
    public static final String HANDLE = "complaints.handle";
    /** Read complaints and figures without the complainant's identity (chief of police). */
    public static final String READ = "complaints.read";
    /** See the complaints and compliments that concern oneself, and their outcome. */
    public static final String OWN = "complaints.own";
    /** National aggregates per zone and fact code, small counts suppressed (AIG analyst). */
    public static final String NATIONAL = "complaints.national";

    private ComplaintPermissions() {
    }
}
