package be.kompas.advice;

import java.time.LocalDate;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * A coach forwarded a report; handling in the Advice Point has ended. The receiving side (the investigation module)
 * opens its own case under {@code caseReference}. The event carries no content of the report.
 */
public record AdviceReportForwarded(OrganisationId organisationId, UUID reportId, String reference,
        ForwardTarget target, String caseReference, LocalDate forwardedOn) {
}
