package be.kompas.caselaw;

/** Permissions of the case-law database. */
public final class CaseLawPermissions {

    /** Search published entries, see the consistency view and similar cases. */
    public static final String READ = "caselaw.read";
    /** Enter and edit entries, correct their anonymisation and publish them; see drafts. */
    public static final String MANAGE = "caselaw.manage";

    private CaseLawPermissions() {
    }
}
