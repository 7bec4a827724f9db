package be.kompas.registers;

import java.util.UUID;

import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Violence against police (domain.md 9.2): staff file what happened to them; aftercare becomes a task for personnel
 * care; {@link RegisterPermissions#VIOLENCE_READ} reads the register and its statistics (the yearly report, B10).
 */
public interface ViolenceRegister extends Register<ViolenceReport> {

    /** @throws be.kompas.core.InvalidInputException naming each offending field */
    UUID file(OrganisationId organisation, StaffMemberId victim, ViolenceReportInput input);
}
