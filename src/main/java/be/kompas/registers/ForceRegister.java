package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * The use-of-force register (domain.md 9.1): register, check, analyse, learn. An officer files; their responsible
 * manager approves or sends back; the designated service ({@link RegisterPermissions#FORCE_ANALYSE}) analyses.
 */
public interface ForceRegister extends Register<ForceReport> {

    /** The organisation's means, seeded with the usual list on first use. */
    List<ForceMeans> means(OrganisationId organisation);

    /** @throws be.kompas.core.InvalidInputException naming {@code code} or {@code name} */
    void addMeans(OrganisationId organisation, String code, String name);

    void setMeansActive(OrganisationId organisation, String code, boolean active);

    /**
     * Files a report for an officer and routes it to their responsible manager.
     *
     * @throws be.kompas.core.InvalidInputException naming each offending field
     */
    UUID file(OrganisationId organisation, StaffMemberId officer, ForceReportInput input);

    /** The officer corrects a report sent back, which goes to the supervisor again. */
    void resubmit(KompasUser officer, UUID report, ForceReportInput input);

    void approve(KompasUser supervisor, UUID report, String remark);

    /** @throws be.kompas.core.InvalidInputException naming {@code remark} when it is blank */
    void sendBack(KompasUser supervisor, UUID report, String remark);

    /** An approved report analysed; a debriefing becomes a task for personnel care. */
    void analyse(KompasUser analyst, UUID report, ForceAnalysis analysis);

    /**
     * Imports records of the existing B80 form so that nobody enters them twice.
     *
     * @return how many reports were imported
     * @throws be.kompas.core.InvalidInputException naming the first bad line
     */
    int importB80(OrganisationId organisation, String csv);
}
