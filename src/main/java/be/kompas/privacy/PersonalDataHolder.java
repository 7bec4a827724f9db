package be.kompas.privacy;

import java.time.Instant;
import java.util.List;

import be.kompas.tenancy.OrganisationId;

/**
 * Implemented by each module that keeps personal data (as a Spring bean), so that retention and subject-access
 * requests reach every module without the privacy module knowing their tables.
 */
public interface PersonalDataHolder {

    List<PersonalRecordType> recordTypes();

    /**
     * Every record of the organisation about a person.
     *
     * @param person a name, personnel number or username, matched case-insensitively
     */
    List<PersonalRecord> findAbout(OrganisationId organisation, String person);

    /**
     * Removes or anonymises the records of one type whose retention ended before {@code cutOff}; each holder decides
     * which date of its records the retention counts from (e.g. the date a staff member left). Statistics that must
     * survive are kept in anonymous form.
     *
     * @return the number of records purged
     */
    int purge(OrganisationId organisation, String recordType, Instant cutOff);
}
