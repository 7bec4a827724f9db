package be.kompas.privacy;

/** Permissions of the privacy module. */
public final class PrivacyPermissions {

    /** Set retention periods, run the purge and answer subject-access requests. */
    public static final String MANAGE = "privacy.manage";

    private PrivacyPermissions() {
    }
}
