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

    /**
     * Imports the incidents a zone recorded in MISI (domain.md 9.2), so that nobody enters them twice: columns
     * {@code date;personnel_number;place;violence_type;incapacity_days;circumstances;misi_reference}. A reference
     * imported before is skipped.
     *
     * @return how many reports were imported
     * @throws be.kompas.core.InvalidInputException keyed by the number of each bad line, naming its columns;
     *     nothing is imported then
     */
    int importMisi(OrganisationId organisation, String csv);
}
