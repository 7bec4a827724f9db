package be.kompas.investigations;

import java.time.LocalDate;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * An information duty of a case was fulfilled: the recipient was told {@code subject} on {@code sentOn}. A message to
 * the AIG is meant for the AIG analyst's inbox; the event carries no names of staff.
 */
public record InformationDutySent(OrganisationId organisation, UUID caseId, String reference, Recipient recipient,
        String subject, LocalDate sentOn) {
}
