package be.kompas.earlywarning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the exposure table as imported. */
public record ExposureInput(String personnelNumber, LocalDate periodStart, LocalDate periodEnd, BigDecimal hours,
        int interventions, int arrests) {
}
