package be.kompas.privacy;

import java.util.List;

import be.kompas.tenancy.OrganisationId;

/** The DPO's work: the record types of every module, the purge and subject-access requests. */
public interface PrivacyManagement {

    /** Every record type that any module holds, with its retention and latest purge, ordered by code. */
    List<RecordTypeOverview> recordTypes(OrganisationId organisation);

    /**
     * Purges, now, every purgeable record type of the organisation that has a retention period, as the signed-in user.
     * Types without a period are left alone.
     */
    List<PurgeRun> purgeNow(OrganisationId organisation);

    /**
     * Asks every module for its records about a person; the search is recorded in the audit trail.
     *
     * @param person a name, personnel number or username
     */
    SubjectAccessReport subjectAccess(OrganisationId organisation, String person);

    /** The same search as {@link #subjectAccess}, recorded in the audit trail as an export. */
    SubjectAccessReport exportSubjectAccess(OrganisationId organisation, String person);
}
