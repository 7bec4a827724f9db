package be.kompas.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/** A staff member moved to another unit, function or grade; screening and early warning react to it. */
public record StaffMemberTransferred(OrganisationId organisationId, StaffMemberId staffMemberId, UnitId fromUnit,
        UnitId toUnit, @Nullable JobFunctionId fromFunction, @Nullable JobFunctionId toFunction, LocalDate from) {
}
