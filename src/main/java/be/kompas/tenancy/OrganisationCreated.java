package be.kompas.tenancy;

/** Published when an organisation joins, so that modules can seed its reference data (roles, categories). */
public record OrganisationCreated(OrganisationId organisationId, OrganisationKind kind) {
}
