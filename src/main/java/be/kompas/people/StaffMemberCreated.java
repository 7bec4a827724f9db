package be.kompas.people;

import be.kompas.tenancy.OrganisationId;

public record StaffMemberCreated(OrganisationId organisationId, StaffMemberId staffMemberId, UnitId unitId) {
}
