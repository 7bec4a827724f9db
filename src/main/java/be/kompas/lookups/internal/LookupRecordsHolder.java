package be.kompas.lookups.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import be.kompas.core.Formats;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * Look-up alerts and samples as personal records of the officer (and subject) they name, so that subject-access
 * requests find them and the DPO's retention period purges old imports.
 */
@Component
class LookupRecordsHolder implements PersonalDataHolder {

    static final PersonalRecordType ALERT = new PersonalRecordType("lookups.alert", "lookups.privacy.alert", true);

    private final ReviewRepository repository;

    LookupRecordsHolder(ReviewRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(ALERT);
    }

    @Override
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        return repository.alertsAbout(organisation, person.strip()).stream()
                .map(row -> new PersonalRecord(ALERT.code(), row.summary().id().toString(),
                        row.summary().eventId() + " (" + String.join(", ", row.summary().reasonCodes()) + ")",
                        row.summary().occurredAt() == null ? null
                                : row.summary().occurredAt().atZone(Formats.ZONE).toLocalDate(),
                        Map.of("eventId", row.summary().eventId(), "officerId", row.officerId(),
                                "subjectId", row.subjectId(), "score", Integer.toString(row.summary().score()),
                                "status", row.summary().status())))
                .toList();
    }

    /** Purges by the day the import started; alerts behind a rule stay while the rule holds. */
    @Override
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        return repository.purge(organisation, cutOff);
    }
}
