package be.kompas.complaints.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.Formats;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * Complainants and the staff that complaints concern. Both are purged by anonymising closed items, counted from the
 * day they were closed; kind, channel, fact code, units and outcome stay, so the figures of past years do not change.
 */
@Component
@Transactional
class ComplaintPersonalData implements PersonalDataHolder {

    static final String COMPLAINANT = "complaints.complainant";
    static final String INVOLVED_STAFF = "complaints.involved-staff";

    private final JdbcClient jdbc;

    ComplaintPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(COMPLAINANT, "complaints.privacy.complainant", true),
                new PersonalRecordType(INVOLVED_STAFF, "complaints.privacy.involvedStaff", true));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        String pattern = "%" + person.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%") + "%";
        var records = new ArrayList<PersonalRecord>();
        jdbc.sql("""
                select c.*, c.id as record_id from complaint c where organisation_id = :org
                  and (lower(complainant_name) like :p or lower(complainant_email) like :p
                  or lower(complainant_phone) like :p) order by received_on""")
                .param("org", organisation.value()).param("p", pattern)
                .query((rs, n) -> records.add(record(rs, COMPLAINANT, "reference", "kind", "name:complainant_name",
                        "email:complainant_email", "phone:complainant_phone", "address:complainant_address",
                        "description", "location", "acknowledgement", "answer", "outcome")))
                .list();
        jdbc.sql("""
                select s.*, s.id as record_id, c.reference, c.kind, c.received_on, c.outcome from complaint_staff s
                  join complaint c on c.id = s.complaint_id
                where s.organisation_id = :org and (lower(s.name) like :p or lower(s.personnel_number) like :p)
                order by c.received_on""")
                .param("org", organisation.value()).param("p", pattern)
                .query((rs, n) -> records.add(record(rs, INVOLVED_STAFF, "reference", "kind", "name",
                        "personnelNumber:personnel_number", "unit:unit_name", "outcome")))
                .list();
        return records;
    }

    /**
     * One record with the given fields, each {@code label} or {@code label:column}, leaving out empty ones.
     */
    private static PersonalRecord record(ResultSet rs, String type, String... fields) throws SQLException {
        var values = new LinkedHashMap<String, String>();
        for (String field : fields) {
            String[] parts = field.split(":");
            String value = rs.getString(parts.length == 2 ? parts[1] : parts[0]);
            if (value != null) {
                values.put(parts[0], value);
            }
        }
        return new PersonalRecord(type, rs.getObject("record_id", UUID.class).toString(), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), values);
    }

    @Override
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        var closedBefore = LocalDate.ofInstant(cutOff, Formats.ZONE);
        if (COMPLAINANT.equals(recordType)) {
            // Files a complainant sent (photos, letters) are personal data as a whole: they go with the identity.
            jdbc.sql("""
                    delete from complaint_attachment a using complaint c
                    where c.id = a.complaint_id and a.organisation_id = :org and c.status = 'CLOSED'
                      and c.closed_on < :cutOff and c.anonymised_at is null""")
                    .param("org", organisation.value()).param("cutOff", closedBefore).update();
            return jdbc.sql("""
                    update complaint set complainant_name = null, complainant_email = null, complainant_phone = null,
                      complainant_address = null, description = '', location = null, involved_text = null,
                      acknowledgement = null, answer = null, route_note = null, anonymised_at = :now
                    where organisation_id = :org and status = 'CLOSED' and closed_on < :cutOff
                      and anonymised_at is null""")
                    .param("org", organisation.value()).param("cutOff", closedBefore)
                    .param("now", java.time.OffsetDateTime.ofInstant(cutOff, java.time.ZoneOffset.UTC)).update();
        }
        if (INVOLVED_STAFF.equals(recordType)) {
            return jdbc.sql("""
                    update complaint_staff s set name = null, personnel_number = null, staff_id = null,
                      manager_id = null from complaint c
                    where c.id = s.complaint_id and s.organisation_id = :org and c.status = 'CLOSED'
                      and c.closed_on < :cutOff and (s.name is not null or s.staff_id is not null)""")
                    .param("org", organisation.value()).param("cutOff", closedBefore).update();
        }
        return 0;
    }
}
