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
 * @param receivedOn when the Advice Point received the report, from which the whistleblower terms count (null in
 *     events published before it was added)
 * @param acknowledgedOn when the Advice Point acknowledged the report to the reporter, if it did: the feedback term
 *     counts from it
 */
public record AdviceReportForwarded(OrganisationId organisationId, UUID reportId, String reference,
        ForwardTarget target, String caseReference, LocalDate forwardedOn, @Nullable ReportKind kind,
        @Nullable LocalDate receivedOn, @Nullable LocalDate acknowledgedOn) {
}
