package be.kompas.aftercare;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One case in the overview of aftercare plans. */
public record PlanSummary(UUID caseId, String caseReference, int open, int overdue, @Nullable LocalDate nextDue) {
}
