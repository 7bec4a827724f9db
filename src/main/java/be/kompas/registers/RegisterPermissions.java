package be.kompas.registers;

/** The permissions of the registers. Filing one's own entries needs only {@link #FILE}. */
public final class RegisterPermissions {

    /** File one's own entries in every register and see them. */
    public static final String FILE = "registers.file";
    /** Read and analyse every use-of-force report (the designated service, domain.md 1.2: DGO). */
    public static final String FORCE_ANALYSE = "registers.force.analyse";
    /** Read every report of violence against staff, with statistics. */
    public static final String VIOLENCE_READ = "registers.violence.read";
    /** Decide on ancillary activities and read their register. */
    public static final String ANCILLARY_DECIDE = "registers.ancillary.decide";
    /** Review the register of gifts and invitations. */
    public static final String GIFTS_REVIEW = "registers.gifts.review";
    /** Keep screening records and read their outcomes. */
    public static final String SCREENING_MANAGE = "registers.screening.manage";
    /**
     * Draw staff for random alcohol and drug tests, record and read their results (health data: not the line
     * manager).
     */
    public static final String ALCOHOL_DRUG_TESTS = "registers.alcohol-drug-tests";
    /** Keep the training plan, the training and oath registers, and read them whole. */
    public static final String TRAINING_MANAGE = "registers.training.manage";
    /** Carry out the debriefings and aftercare that the registers ask for. */
    public static final String TASKS = "registers.tasks";
    /** Set thresholds, lists and reference data of the registers. */
    public static final String SETTINGS = "registers.settings";
    /** The national aggregate, counts only (the AIG). */
    public static final String AGGREGATE = "registers.aggregate";

    private RegisterPermissions() {
    }
}
