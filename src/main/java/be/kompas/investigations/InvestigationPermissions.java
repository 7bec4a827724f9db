package be.kompas.investigations;

/** Permissions of the investigations module; reading a case needs one of them and the need-to-know rule as well. */
public final class InvestigationPermissions {

    /** Head of internal oversight: reads every case, opens, triages and assigns investigators. */
    public static final String OVERSEE = "investigations.oversee";
    /** Investigators (Bureau Intern Toezicht, Bureau Tucht, a manager for a line investigation): the cases assigned to them. */
    public static final String INVESTIGATE = "investigations.investigate";
    /** The competent authority (chief of police): reads every case, decides the track and the outcome. */
    public static final String DECIDE = "investigations.decide";
    /** See that cases exist (reference, bureau, status), no content: roles that must know of them. */
    public static final String REGISTER = "investigations.register";
    /** Staff members: their own file at the moments the procedure provides, and signing hearing reports. */
    public static final String OWN = "investigations.own";
    /** Report a matter under the duty to act (every staff member). */
    public static final String REPORT = "investigations.report";
    /** Figures, annual report (action B9) and exports for control bodies. */
    public static final String STATISTICS = "investigations.statistics";
    /** National aggregate without names, counts below 5 suppressed (AIG analyst). */
    public static final String NATIONAL = "investigations.national";

    private InvestigationPermissions() {
    }
}
