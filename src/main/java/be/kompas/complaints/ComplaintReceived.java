package be.kompas.complaints;

import be.kompas.tenancy.OrganisationId;

public record ComplaintReceived(OrganisationId organisation, ComplaintId complaint, ComplaintKind kind,
        Channel channel) {
}
