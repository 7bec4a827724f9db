package be.kompas.earlywarning;

/** The permissions of early warning. */
public final class EarlyWarningPermissions {

    /** Rules, exposure, settings, runs and every alert of the organisation: the integrity coordinator. */
    public static final String MANAGE = "earlywarning.manage";
    /** The alerts assigned to oneself as the designated reviewer. */
    public static final String REVIEW = "earlywarning.review";
    /** One's own early-warning file. */
    public static final String OWN = "earlywarning.own";

    private EarlyWarningPermissions() {
    }
}
