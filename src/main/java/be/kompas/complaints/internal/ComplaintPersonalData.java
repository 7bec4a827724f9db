package be.kompas.complaints.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.identity.UserManagement;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
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
    private final StaffDirectory staff;
    private final UserManagement users;

    ComplaintPersonalData(JdbcClient jdbc, StaffDirectory staff, UserManagement users) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.users = users;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(new PersonalRecordType(COMPLAINANT, "complaints.privacy.complainant", true),
                new PersonalRecordType(INVOLVED_STAFF, "complaints.privacy.involvedStaff", true));
    }

    /**
     * The complaints a person filed (by name, e-mail or phone), and those that concern them as a staff member: linked by
     * name or personnel number as recorded, by their staff record (found by their current name or their username),
     * or named only in the citizen's own words. Each record lists the files of the complaint by name, type and size
     * (never their content) and, for a staff member, the days they were informed.
     */
    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        String pattern = "%" + person.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        var records = new ArrayList<PersonalRecord>();
        jdbc.sql("""
                select c.*, c.id as record_id, c.id as complaint_id from complaint c where organisation_id = :org
                  and (lower(complainant_name) like :p or lower(complainant_email) like :p
                  or lower(complainant_phone) like :p) order by received_on""")
                .param("org", organisation.value()).param("p", pattern)
                .query((rs, n) -> records.add(record(rs, COMPLAINANT, "reference", "kind", "name:complainant_name",
                        "email:complainant_email", "phone:complainant_phone", "address:complainant_address",
                        "description", "location", "acknowledgement", "answer", "outcome", "attachments")))
                .list();
        var staffIds = staffRecords(organisation, person);
        jdbc.sql("""
                select s.*, s.id as record_id, c.reference, c.kind, c.received_on, c.outcome, c.id as complaint_id,
                  (select string_agg(d.occasion || ' ' || d.sent_on, '; ' order by d.sent_on)
                     from complaint_information_duty d where d.organisation_id = s.organisation_id
                       and d.complaint_id = s.complaint_id and d.recipient = 'STAFF_MEMBER'
                       and d.recipient_key = s.id::text and d.sent_on is not null) as informed
                from complaint_staff s join complaint c on c.id = s.complaint_id
                where s.organisation_id = :org and (lower(s.name) like :p or lower(s.personnel_number) like :p
                  or s.staff_id = any(:staff))
                order by c.received_on""")
                .param("org", organisation.value()).param("p", pattern).param("staff", staffIds)
                .query((rs, n) -> records.add(record(rs, INVOLVED_STAFF, "reference", "kind", "name",
                        "personnelNumber:personnel_number", "unit:unit_name", "outcome", "informed",
                        "attachments")))
                .list();
        // Named by the citizen but not (yet) linked to the complaint as a staff member.
        jdbc.sql("""
                select c.*, c.id as record_id, c.id as complaint_id from complaint c where c.organisation_id = :org
                  and lower(c.involved_text) like :p and not exists (select 1 from complaint_staff s
                    where s.complaint_id = c.id and (lower(s.name) like :p or lower(s.personnel_number) like :p
                      or s.staff_id = any(:staff)))
                order by c.received_on""")
                .param("org", organisation.value()).param("p", pattern).param("staff", staffIds)
                .query((rs, n) -> records.add(record(rs, INVOLVED_STAFF, "reference", "kind",
                        "namedByComplainant:involved_text", "outcome", "attachments")))
                .list();
        return records;
    }

    /** The staff records of the person: by current name or personnel number, or by the username of their account. */
    private UUID[] staffRecords(OrganisationId organisation, String person) {
        var ids = new java.util.LinkedHashSet<UUID>();
        staff.search(organisation, StaffQuery.text(person.strip()), PageRequest.of(0, 50)).content()
                .forEach(member -> ids.add(member.id().value()));
        users.list(organisation, person.strip(), PageRequest.of(0, 50)).content().stream()
                .filter(user -> user.username().equalsIgnoreCase(person.strip()) && user.staffMemberId() != null)
                .forEach(user -> ids.add(user.staffMemberId()));
        return ids.toArray(UUID[]::new);
    }

    /**
     * One record with the given fields, each {@code label} or {@code label:column}, leaving out empty ones; the field
     * {@code attachments} lists the complaint's files.
     */
    private PersonalRecord record(ResultSet rs, String type, String... fields) throws SQLException {
        var values = new LinkedHashMap<String, String>();
        for (String field : fields) {
            String[] parts = field.split(":");
            String value = parts[0].equals("attachments") ? attachments(rs.getObject("complaint_id", UUID.class))
                    : rs.getString(parts.length == 2 ? parts[1] : parts[0]);
            if (value != null) {
                values.put(parts[0], value);
            }
        }
        return new PersonalRecord(type, rs.getObject("record_id", UUID.class).toString(), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), values);
    }

    /** The files of a complaint by name, type and size, without their content; {@code null} when it has none. */
    private @Nullable String attachments(UUID complaint) {
        var files = jdbc.sql("""
                select filename, media_type, size_bytes from complaint_attachment where complaint_id = :id
                order by filename""").param("id", complaint)
                .query((rs, n) -> rs.getString("filename") + " (" + rs.getString("media_type") + ", "
                        + rs.getInt("size_bytes") + " bytes)")
                .list();
        return files.isEmpty() ? null : String.join("; ", files);
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
            forgetMessages(organisation, closedBefore, null);
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
            forgetMessages(organisation, closedBefore, "STAFF_MEMBER");
            return jdbc.sql("""
                    update complaint_staff s set name = null, personnel_number = null, staff_id = null,
                      manager_id = null from complaint c
                    where c.id = s.complaint_id and s.organisation_id = :org and c.status = 'CLOSED'
                      and c.closed_on < :cutOff and (s.name is not null or s.staff_id is not null)""")
                    .param("org", organisation.value()).param("cutOff", closedBefore).update();
        }
        return 0;
    }

    /**
     * The messages of the information duties of closed complaints may quote names: they go, the dates stay. For the
     * staff record type also the name of the colleague informed.
     */
    private void forgetMessages(OrganisationId organisation, LocalDate closedBefore, @Nullable String recipient) {
        jdbc.sql("""
                update complaint_information_duty d set message = null,
                  recipient_name = case when d.recipient = :recipient then null else d.recipient_name end
                from complaint c
                where c.organisation_id = d.organisation_id and c.id = d.complaint_id and d.organisation_id = :org
                  and c.status = 'CLOSED' and c.closed_on < :cutOff
                  and (d.message is not null or d.recipient = :recipient and d.recipient_name is not null)""")
                .param("org", organisation.value()).param("cutOff", closedBefore)
                .param("recipient", recipient == null ? "" : recipient).update();
    }
}
