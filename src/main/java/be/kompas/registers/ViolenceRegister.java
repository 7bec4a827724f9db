package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Violence against police (domain.md 9.2): staff file what happened to them; aftercare becomes a task for personnel
 * care; {@link RegisterPermissions#VIOLENCE_READ} reads the register and its statistics (the yearly report, B10).
 */
public interface ViolenceRegister {

    /** @throws be.kompas.core.InvalidInputException naming each offending field */
    UUID file(OrganisationId organisation, StaffMemberId victim, ViolenceReportInput input);

    Page<ViolenceReport> list(KompasUser viewer, PageRequest page);

    /** @throws be.kompas.core.RecordNotFoundException outside the viewer's reach */
    ViolenceReport view(KompasUser viewer, UUID report);

    List<ViolenceReport> year(KompasUser viewer, int year);

    YearStatistics statistics(OrganisationId organisation, int year);
}
