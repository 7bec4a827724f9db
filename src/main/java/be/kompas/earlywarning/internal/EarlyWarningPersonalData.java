package be.kompas.earlywarning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * Alerts and exposure rows for retention and subject-access requests. Retention of an alert counts from the day it
 * expires, of an exposure row from the end of its period; purging deletes them.
 */
@Component
class EarlyWarningPersonalData implements PersonalDataHolder {

    private final EarlyWarningRepository repository;
    private final StaffDirectory directory;

    EarlyWarningPersonalData(EarlyWarningRepository repository, StaffDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(EarlyWarningService.RECORD_ALERT, "earlywarning.privacy.alert", true),
                new PersonalRecordType(EarlyWarningService.RECORD_EXPOSURE, "earlywarning.privacy.exposure", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        var members = directory.search(organisation, StaffQuery.text(person), PageRequest.of(0, 50)).content();
        Set<UUID> ids = members.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        var names = members.stream().collect(Collectors.toMap(m -> m.id().value(), m -> m.fullName()));
        var records = new ArrayList<PersonalRecord>();
        for (var alert : repository.alertsOfStaff(organisation, ids)) {
            var fields = new LinkedHashMap<String, String>();
            fields.put("rule", alert.ruleCode() + " v" + alert.ruleVersion());
            fields.put("indicator", alert.indicator());
            fields.put("count", String.valueOf(alert.eventCount()));
            fields.put("exposure", String.valueOf(alert.exposure()));
            fields.put("percentile", alert.percentile() == null ? "" : String.valueOf(alert.percentile()));
            fields.put("assessment", alert.assessment() == null ? "" : alert.assessment());
            fields.put("outcome", alert.outcome() == null ? "" : alert.outcome().name());
            fields.put("informedOn", alert.informedOn() == null ? "" : alert.informedOn().toString());
            fields.put("expiresOn", alert.expiresOn().toString());
            records.add(new PersonalRecord(EarlyWarningService.RECORD_ALERT, alert.id().toString(),
                    names.get(alert.staffId()), alert.windowTo(), fields));
        }
        for (UUID id : repository.exposureIdsAbout(organisation, ids)) {
            records.add(new PersonalRecord(EarlyWarningService.RECORD_EXPOSURE, id.toString(), person, null,
                    new LinkedHashMap<>()));
        }
        return records;
    }

    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        LocalDate before = LocalDate.ofInstant(cutOff, Formats.ZONE);
        return switch (recordType) {
            case EarlyWarningService.RECORD_ALERT -> repository.purgeAlerts(organisation, before);
            case EarlyWarningService.RECORD_EXPOSURE -> repository.purgeExposure(organisation, before);
            default -> 0;
        };
    }
}
