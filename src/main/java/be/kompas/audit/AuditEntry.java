package be.kompas.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/** A stored entry of the trail. */
public record AuditEntry(long seq, Instant occurredAt, @Nullable OrganisationId organisationId, String actor,
        String action, @Nullable String recordType, @Nullable String recordId, @Nullable String subject,
        @Nullable String details, String previousHash, String hash) {
}
