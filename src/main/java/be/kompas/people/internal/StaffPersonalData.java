package be.kompas.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * Staff records for retention and subject-access requests. The employment history is not a record type of its own:
 * it is part of the staff record (listed with it) and is kept when that record is anonymised, because unit, function,
 * grade and dates without a name are what statistics on careers and vulnerable functions need.
 */
@Component
class StaffPersonalData implements PersonalDataHolder {

    static final String STAFF_RECORD = "people.staff-member";

    private final StaffRepository staff;
    private final AuditTrail trail;
    private final Clock clock;

    StaffPersonalData(StaffRepository staff, AuditTrail trail, Clock clock) {
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(STAFF_RECORD, "people.privacy.staff-member", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        return staff.matching(organisation, person).stream().map(row -> {
            var summary = row.summary();
            var fields = new LinkedHashMap<String, String>();
            fields.put("personnelNumber", summary.personnelNumber());
            fields.put("surname", summary.surname());
            fields.put("givenName", summary.givenName());
            fields.put("email", row.email() == null ? "" : row.email());
            fields.put("grade", summary.grade());
            fields.put("unit", summary.unitName());
            fields.put("function", summary.functionName() == null ? "" : summary.functionName());
            fields.put("employmentKind", summary.employmentKind().name());
            fields.put("entryDate", row.entryDate().toString());
            fields.put("exitDate", row.exitDate() == null ? "" : row.exitDate().toString());
            staff.history(organisation, summary.id()).forEach(period -> fields.put("period " + period.from(),
                    period.unitName() + ", " + (period.functionName() == null ? "-" : period.functionName()) + ", "
                            + period.grade() + ", " + period.from() + " - "
                            + (period.to() == null ? "" : period.to())));
            return new PersonalRecord(STAFF_RECORD, summary.id().toString(), summary.fullName(), row.entryDate(),
                    fields);
        }).toList();
    }

    /** Staff who left before the cut-off lose their names, e-mail, personnel number and manager links. */
    @Override
    @Transactional
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        if (!STAFF_RECORD.equals(recordType)) {
            return 0;
        }
        var leavers = staff.leftBefore(organisation, LocalDate.ofInstant(cutOff, clock.getZone()));
        leavers.forEach(id -> {
            staff.anonymise(organisation, id, clock.instant());
            trail.wrote("people.staff.anonymised", StaffService.STAFF_MEMBER, id, null);
        });
        return leavers.size();
    }
}
