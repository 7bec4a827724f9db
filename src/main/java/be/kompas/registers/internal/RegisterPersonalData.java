package be.kompas.registers.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.core.PageRequest;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * The registers' entries for retention and subject-access requests. Purging keeps each entry's date, type and unit,
 * which the yearly statistics and the national aggregate need, and removes who and what was written.
 */
@Component
class RegisterPersonalData implements PersonalDataHolder {

    static final String FORCE = "registers.force-report";

    private final ForceRepository force;
    private final StaffDirectory directory;
    private final AuditTrail trail;

    RegisterPersonalData(ForceRepository force, StaffDirectory directory, AuditTrail trail) {
        this.force = force;
        this.directory = directory;
        this.trail = trail;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(FORCE, "registers.privacy.force-report", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        return directory.search(organisation, StaffQuery.text(person), PageRequest.of(0, 50)).content().stream()
                .flatMap(member -> force.about(organisation, member.id()).stream().map(r -> {
                    var fields = new LinkedHashMap<String, String>();
                    fields.put("officer", r.officer().equals(member.id()) ? member.fullName() : "");
                    fields.put("date", r.input().occurredOn().toString());
                    fields.put("place", r.input().place());
                    fields.put("reason", r.input().reason());
                    fields.put("status", r.status().name());
                    return new PersonalRecord(FORCE, r.id().toString(), member.fullName(), r.input().occurredOn(),
                            fields);
                }))
                .toList();
    }

    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        if (!FORCE.equals(recordType)) {
            return 0;
        }
        int purged = force.anonymiseBefore(organisation, cutOff);
        if (purged > 0) {
            trail.wrote("registers.force.anonymised", ForceService.RECORD_TYPE, organisation, null);
        }
        return purged;
    }
}
