package be.kompas.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A case was closed; aftercare (talks, recovery path, restoring standing, debriefing) starts from here.
 *
 * @param breachFound whether a breach was established; when not, the person's standing is to be restored
 * @param sanction the sanction code when an effective sanction was imposed (starts a recovery path)
 * @param reporterKnown whether there is a known reporter to hold an aftercare talk with
 */
public record CaseClosed(OrganisationId organisation, UUID caseId, String reference, Track track,
        List<UUID> staffConcerned, boolean breachFound, @Nullable String sanction, boolean reporterKnown,
        LocalDate closedOn) {
}
