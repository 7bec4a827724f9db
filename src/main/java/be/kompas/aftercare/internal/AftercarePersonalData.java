package be.kompas.aftercare.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.core.PageRequest;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * Aftercare tasks and contacts for retention and subject-access requests. Retention counts from the day a task was
 * done (open tasks are kept) and from the day of a contact; purging deletes them, as no statistic needs them.
 */
@Component
class AftercarePersonalData implements PersonalDataHolder {

    static final String TASKS = "aftercare.task";
    static final String CONTACTS = "aftercare.contact";

    private final AftercareRepository repository;
    private final StaffDirectory directory;
    private final AuditTrail trail;
    private final Clock clock;

    AftercarePersonalData(AftercareRepository repository, StaffDirectory directory, AuditTrail trail, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(TASKS, "aftercare.privacy.task", true),
                new PersonalRecordType(CONTACTS, "aftercare.privacy.contact", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        var records = new ArrayList<PersonalRecord>();
        LocalDate today = LocalDate.now(clock);
        for (var member : directory.search(organisation, StaffQuery.text(person), PageRequest.of(0, 50))
                .content()) {
            for (var task : repository.tasksAbout(organisation, member.id().value(), today)) {
                var fields = new LinkedHashMap<String, String>();
                fields.put("kind", task.kind().name());
                fields.put("case", task.caseReference());
                fields.put("dueOn", task.dueOn().toString());
                fields.put("note", task.note() == null ? "" : task.note());
                records.add(new PersonalRecord(TASKS, task.id().toString(), member.fullName(), task.dueOn(), fields));
            }
            for (var contact : repository.contactsAbout(organisation, member.id().value())) {
                var fields = new LinkedHashMap<String, String>();
                fields.put("note", contact.note());
                fields.put("writtenBy", contact.writtenBy());
                records.add(new PersonalRecord(CONTACTS, contact.id().toString(), member.fullName(),
                        contact.contactOn(), fields));
            }
        }
        return records;
    }

    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        int purged = switch (recordType) {
            case TASKS -> repository.deleteTasksDoneBefore(organisation, cutOff);
            case CONTACTS -> repository.deleteContactsBefore(organisation, LocalDate.ofInstant(cutOff, ZoneOffset.UTC));
            default -> 0;
        };
        if (purged > 0) {
            trail.record(new AuditEvent(organisation, "system", "aftercare.purged", recordType, null, null,
                    String.valueOf(purged)));
        }
        return purged;
    }
}
