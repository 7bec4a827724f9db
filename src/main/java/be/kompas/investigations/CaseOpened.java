package be.kompas.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * A case was opened; the personnel-care role starts following the wellbeing of the staff members concerned.
 *
 * @param staffConcerned staff records of the staff members the case concerns
 */
public record CaseOpened(OrganisationId organisation, UUID caseId, String reference, List<UUID> staffConcerned,
        LocalDate openedOn) {
}
