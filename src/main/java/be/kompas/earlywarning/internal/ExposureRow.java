package be.kompas.earlywarning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One stored row of the exposure table. */
public record ExposureRow(UUID staffId, String staffName, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal hours, int interventions, int arrests) {
}
