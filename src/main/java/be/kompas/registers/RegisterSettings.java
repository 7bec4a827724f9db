package be.kompas.registers;

import java.math.BigDecimal;
import java.util.List;

/**
 * An organisation's choices for its registers (domain.md 13, decision 7 for gifts).
 *
 * @param giftThreshold gifts above this value (EUR) may not be accepted; default 50
 * @param forbiddenGivers givers from whom nothing may be accepted (parties in a running case, tenderers)
 * @param conflictKeywords words that make an ancillary activity worth a closer look
 * @param ancillaryManagerAdvice the line manager advises before the competent authority decides
 * @param ancillaryValidityYears how long a permission runs before it must be renewed
 * @param careerScreening screening during the career (off by default: Gent has no legal basis, domain.md 9.5)
 * @param screeningIntervalYears the interval of screenings during the career
 * @param alcoholDrugTests the organisation runs random alcohol and drug tests (off by default)
 */
public record RegisterSettings(BigDecimal giftThreshold, List<String> forbiddenGivers, List<String> conflictKeywords,
        boolean ancillaryManagerAdvice, int ancillaryValidityYears, boolean careerScreening,
        int screeningIntervalYears, boolean alcoholDrugTests) {
}
