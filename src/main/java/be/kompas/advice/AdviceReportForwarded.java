package be.kompas.advice;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A coach forwarded a report; handling in the Advice Point has ended. The receiving side (the investigation module)
 * opens its own case under {@code caseReference}. The event carries no content of the report.
 *
 * @param kind the kind of report: a whistleblower report keeps its legal terms and routing on the receiving side
 *     (null in events published before it was added)
 */
public record AdviceReportForwarded(OrganisationId organisationId, UUID reportId, String reference,
        ForwardTarget target, String caseReference, LocalDate forwardedOn, @Nullable ReportKind kind) {
}
