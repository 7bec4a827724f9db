package be.kompas.lookups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A reviewer found a proposed look-up unjustified: internal oversight opens an investigation.
 *
 * @param officerId the officer's real identifier, when the reviewer had it revealed; otherwise only the pseudonym
 * @param reasons   the reason codes of the alert
 */
public record LookupAlertConfirmed(OrganisationId organisationId, UUID alertId, String officerPseudonym,
        @Nullable String officerId, List<String> reasons, String confirmedBy, Instant confirmedAt) {
}
