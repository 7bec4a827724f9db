package be.kompas.audit;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * What happened, to which record, about whom.
 *
 * @param action a dotted code such as {@code staff.read} or {@code login.failed}
 * @param subject the person the record is about (name or personnel number), so the DPO can find every access to a
 *     person's data
 */
public record AuditEvent(@Nullable OrganisationId organisationId, String actor, String action,
        @Nullable String recordType, @Nullable String recordId, @Nullable String subject, @Nullable String details) {
}
