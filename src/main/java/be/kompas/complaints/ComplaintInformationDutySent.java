package be.kompas.complaints;

import java.time.LocalDate;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * An information duty of a complaint was fulfilled: the recipient was told of the occasion on {@code sentOn}. Like
 * the investigations' {@code InformationDutySent}, the event carries no names.
 */
public record ComplaintInformationDutySent(OrganisationId organisation, ComplaintId complaint, UUID duty,
        String reference, DutyRecipient recipient, DutyOccasion occasion, LocalDate sentOn) {
}
