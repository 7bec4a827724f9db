package be.kompas.complaints;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A complaint routed to internal oversight (DIT), for the investigations module to open a case.
 *
 * @param staffIds the staff records of the staff involved, as far as they are linked
 */
public record ComplaintAssignedToOversight(OrganisationId organisation, ComplaintId complaint, String reference,
        @Nullable String factCode, List<UUID> staffIds) {
}
