package be.kompas.investigations.internal;

/**
 * The organisation's own terms where the sources are silent (domain.md 13), in working days.
 *
 * @param triageWorkingDays from opening to the track decision (default 10)
 * @param informWorkingDays from opening to informing the mayor, Comité P and the AIG of a DIT investigation (default 5)
 * @param investigationWorkingDays from the track decision to the end of the investigation (default 60)
 * @param decisionWorkingDays after the investigation, for the competent authority's decision (default 20)
 * @param warningWorkingDays how long before a term lapses the case is flagged (default 3)
 */
public record InvestigationSettings(int triageWorkingDays, int informWorkingDays, int investigationWorkingDays,
        int decisionWorkingDays, int warningWorkingDays) {

    public static final InvestigationSettings DEFAULTS = new InvestigationSettings(10, 5, 60, 20, 3);
}
