package be.kompas.identity;

import be.kompas.tenancy.OrganisationId;

/** A user passed every factor their roles ask for. */
public record LoginSucceeded(String username, OrganisationId organisationId) {
}
