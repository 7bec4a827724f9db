package be.kompas.investigations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * Closed cases by what they led to (domain.md 5.1: judicial, disciplinary, a measure, a work note, or nothing), each
 * with the retention the DPO sets. A purge removes the staff, steps, documents, measures and texts, and leaves a
 * tombstone with what the statistics need: reference, bureau, origin, track, outcome, sanction, qualification, unit,
 * number of staff and dates.
 */
@Component
@Transactional
class CasePersonalData implements PersonalDataHolder {

    static final List<String> CLASSES = List.of("judicial", "disciplinary", "measure", "work-note", "none");

    private final JdbcClient jdbc;

    CasePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String type(String retentionClass) {
        return "investigations.case-" + retentionClass;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return CLASSES.stream().map(c -> new PersonalRecordType(type(c), "investigations.privacy." + c, true))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        String pattern = "%" + person.strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
        return jdbc.sql("""
                select c.id, c.reference, c.opened_on, c.status, c.track, c.outcome, c.retention_class,
                  s.name, s.personnel_number, s.unit_name from investigation_staff s
                  join investigation_case c on c.id = s.case_id
                where s.organisation_id = :org and (lower(s.name) like :p or lower(s.personnel_number) like :p)
                order by c.opened_on""").param("org", organisation.value()).param("p", pattern)
                .query((rs, n) -> {
                    var fields = new LinkedHashMap<String, String>();
                    for (String column : List.of("name", "personnel_number", "unit_name", "status", "track",
                            "outcome")) {
                        String value = rs.getString(column);
                        if (value != null) {
                            fields.put(column, value);
                        }
                    }
                    String retention = rs.getString("retention_class");
                    return new PersonalRecord(type(retention == null ? "none" : retention),
                            rs.getObject("id", UUID.class).toString(), rs.getString("reference"),
                            rs.getObject("opened_on", LocalDate.class), fields);
                }).list();
    }

    @Override
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        String retention = CLASSES.stream().filter(c -> type(c).equals(recordType)).findFirst().orElse(null);
        if (retention == null) {
            return 0;
        }
        var params = new LinkedHashMap<String, Object>();
        params.put("org", organisation.value());
        params.put("retention", retention);
        params.put("cutOff", LocalDate.ofInstant(cutOff, Formats.ZONE));
        params.put("now", OffsetDateTime.ofInstant(cutOff, ZoneOffset.UTC));
        String due = """
                select id from investigation_case where organisation_id = :org and status = 'CLOSED'
                  and retention_class = :retention and closed_on < :cutOff and purged_at is null""";
        for (String table : List.of("investigation_staff", "investigation_step", "investigation_document",
                "investigation_measure", "investigation_assignment", "investigation_information_duty")) {
            jdbc.sql("delete from " + table + " where organisation_id = :org and case_id in (" + due + ")")
                    .params(params).update();
        }
        return jdbc.sql("""
                update investigation_case set summary = null, facts = null, advice = null, track_reason = null,
                  decision_text = null, anonymised_facts = null, aggravating = '{}', mitigating = '{}',
                  origin_reference = null, origin_id = null, triaged_by = null, decided_by = null,
                  extension_reason = null, extended_by = null, purged_at = :now
                where id in (""" + due + ")").params(params).update();
    }
}
