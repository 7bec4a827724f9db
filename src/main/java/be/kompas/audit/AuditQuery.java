package be.kompas.audit;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A search of one organisation's trail; blank criteria match everything.
 *
 * @param person matched against the actor and the subject of each entry
 */
public record AuditQuery(OrganisationId organisationId, @Nullable String person, @Nullable String recordType,
        @Nullable String recordId) {
}
