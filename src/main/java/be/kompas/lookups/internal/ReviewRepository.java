package be.kompas.lookups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.lookups.engine.Reason;
import be.kompas.tenancy.OrganisationId;

/** The review's tables; every query filters on the organisation. */
@Repository
class ReviewRepository {

    /** An alert row with its real identifiers, which never leave the module without an approved reveal. */
    record AlertRow(AlertSummary summary, String officerId, String subjectId, @Nullable String caseRef,
            String teamCases, String typedCase, @Nullable Boolean onDuty, @Nullable String relation,
            @Nullable String explanation, @Nullable String decidedBy, @Nullable Instant decidedAt) {
    }

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String ALERT_COLUMNS = """
            id, import_id, event_id, officer_pseudonym, subject_pseudonym, team_id, score, reasons, occurred_at,
            source, action, status""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ReviewRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    // ---- imports ----

    void insertImport(UUID id, OrganisationId organisation, String label, String origin, byte[] secret,
            String startedBy, Instant startedAt) {
        jdbc.sql("""
                insert into lookup_import (id, organisation_id, label, origin, status, secret, started_by, started_at)
                values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
                .params(id, organisation.value(), label, origin, secret, startedBy, Timestamp.from(startedAt))
                .update();
    }

    void progress(UUID id, long bytesRead, long totalBytes, long events) {
        jdbc.sql("update lookup_import set bytes_read = ?, total_bytes = ?, events = ? where id = ?")
                .params(bytesRead, totalBytes, events, id).update();
    }

    void finish(UUID id, long events, long explained, long alerts, long suppressed, long badRows, Instant at) {
        jdbc.sql("""
                update lookup_import set status = 'DONE', bytes_read = total_bytes, events = ?, explained = ?,
                       alerts = ?, suppressed = ?, bad_rows = ?, finished_at = ? where id = ?""")
                .params(events, explained, alerts, suppressed, badRows, Timestamp.from(at), id).update();
    }

    void fail(UUID id, String errorKey, Instant at) {
        jdbc.sql("update lookup_import set status = 'FAILED', error_key = ?, finished_at = ? where id = ?")
                .params(errorKey, Timestamp.from(at), id).update();
    }

    /** Imports that a stopped server left running will never finish. */
    int failInterrupted(Instant at) {
        return jdbc.sql("""
                update lookup_import set status = 'FAILED', error_key = 'lookups.import.error.interrupted',
                       finished_at = ? where status = 'RUNNING'""").param(Timestamp.from(at)).update();
    }

    Optional<ImportView> findImport(OrganisationId organisation, UUID id) {
        return jdbc.sql("select * from lookup_import where organisation_id = ? and id = ?")
                .params(organisation.value(), id).query(ReviewRepository::importView).optional();
    }

    List<ImportView> imports(OrganisationId organisation, int limit) {
        return jdbc.sql("select * from lookup_import where organisation_id = ? order by started_at desc limit ?")
                .params(organisation.value(), limit).query(ReviewRepository::importView).list();
    }

    byte[] secret(UUID importId) {
        return jdbc.sql("select secret from lookup_import where id = ?").param(importId).query(byte[].class)
                .single();
    }

    private static ImportView importView(ResultSet rs, int row) throws SQLException {
        return new ImportView(rs.getObject("id", UUID.class), rs.getString("label"), rs.getString("origin"),
                rs.getString("status"), rs.getLong("bytes_read"), rs.getLong("total_bytes"), rs.getLong("events"),
                rs.getLong("explained"), rs.getLong("alerts"), rs.getLong("suppressed"), rs.getLong("bad_rows"),
                rs.getString("error_key"), rs.getString("started_by"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    // ---- alerts ----

    void insertAlerts(OrganisationId organisation, UUID importId, Pseudonyms pseudonyms, List<StoredAlert> alerts) {
        var batch = new ArrayList<Object[]>(alerts.size());
        for (StoredAlert a : alerts) {
            batch.add(new Object[] { UUID.randomUUID(), organisation.value(), importId, a.eventId(), a.officerId(),
                a.subjectId(), pseudonyms.officer(a.officerId()), pseudonyms.subject(a.subjectId()), a.teamId(),
                a.score(), a.reasons(), a.occurredAt() == null ? null : Timestamp.from(a.occurredAt()), a.source(),
                a.action(), a.caseRef(), a.teamCases(), a.typedCase(), a.onDuty(), a.relation() });
        }
        batches.batchUpdate("""
                insert into lookup_alert (id, organisation_id, import_id, event_id, officer_id, subject_id,
                       officer_pseudonym, subject_pseudonym, team_id, score, reasons, occurred_at, source, action,
                       case_ref, team_cases, typed_case, on_duty, relation, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""", batch);
    }

    /**
     * Which of these look-ups earlier imports already proposed, as {@link #lookupKey}s: the same event id, officer,
     * subject and time (an event id alone may recur in unrelated exports).
     */
    Set<String> existingAlerts(OrganisationId organisation, List<StoredAlert> alerts) {
        var found = new HashSet<String>();
        var eventIds = alerts.stream().map(StoredAlert::eventId).distinct().toList();
        for (int from = 0; from < eventIds.size(); from += 10_000) {
            var chunk = eventIds.subList(from, Math.min(eventIds.size(), from + 10_000)).toArray(String[]::new);
            jdbc.sql("""
                    select event_id, officer_id, subject_id, occurred_at from lookup_alert
                     where organisation_id = ? and event_id = any(?)""")
                    .params(organisation.value(), chunk)
                    .query(rs -> {
                        found.add(lookupKey(rs.getString("event_id"), rs.getString("officer_id"),
                                rs.getString("subject_id"), instant(rs, "occurred_at")));
                    });
        }
        return found;
    }

    static String lookupKey(String eventId, String officerId, String subjectId, @Nullable Instant at) {
        return eventId + "\n" + officerId + "\n" + subjectId + "\n" + (at == null ? "" : at.toEpochMilli());
    }

    static String lookupKey(StoredAlert alert) {
        return lookupKey(alert.eventId(), alert.officerId(), alert.subjectId(), alert.occurredAt());
    }

    /**
     * Gives the alerts of earlier imports the reasons a later import found for the same look-ups (a repeat completed
     * by later events, say), and the higher score; returns how many gained a reason. Decisions stay.
     */
    int addReasons(OrganisationId organisation, UUID importId, List<StoredAlert> alerts) {
        var batch = new ArrayList<Object[]>(alerts.size());
        for (StoredAlert a : alerts) {
            var at = a.occurredAt() == null ? null : Timestamp.from(a.occurredAt());
            batch.add(new Object[] { a.reasons(), importId, a.score(), organisation.value(), a.eventId(),
                a.officerId(), a.subjectId(), at, a.reasons() });
        }
        int changed = 0;
        for (int rows : batches.batchUpdate("""
                update lookup_alert set reasons = reasons | ?, updated_by_import = ?, score = greatest(score, ?)
                 where organisation_id = ? and event_id = ? and officer_id = ? and subject_id = ?
                   and occurred_at is not distinct from ? and (reasons | ?) <> reasons""", batch)) {
            changed += Math.max(0, rows);
        }
        return changed;
    }

    Page<AlertSummary> alerts(OrganisationId organisation, AlertQuery query, PageRequest page) {
        var where = new StringBuilder(" where organisation_id = ?");
        List<Object> params = new ArrayList<>(List.of(organisation.value()));
        if (query.importId() != null) {
            where.append(" and import_id = ?");
            params.add(query.importId());
        }
        if (query.reason() != null) {
            where.append(" and (reasons & ?) <> 0");
            params.add(Reason.valueOf(query.reason()).bit());
        }
        if (query.officer() != null) {
            where.append(" and officer_pseudonym = ?");
            params.add(query.officer());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(BRUSSELS).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(BRUSSELS).toInstant()));
        }
        if (query.status() != null) {
            where.append(" and status = ?");
            params.add(query.status());
        }
        long total = jdbc.sql("select count(*) from lookup_alert" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        var content = jdbc.sql("select " + ALERT_COLUMNS + " from lookup_alert" + where
                + " order by score desc, occurred_at, event_id limit ? offset ?").params(pageParams)
                .query(ReviewRepository::summary).list();
        return new Page<>(content, page, total);
    }

    Optional<AlertRow> alert(OrganisationId organisation, UUID id) {
        return jdbc.sql("select * from lookup_alert where organisation_id = ? and id = ?")
                .params(organisation.value(), id).query(ReviewRepository::alertRow).optional();
    }

    private static AlertRow alertRow(ResultSet rs, int row) throws SQLException {
        return new AlertRow(summary(rs, row), rs.getString("officer_id"), rs.getString("subject_id"),
                rs.getString("case_ref"), rs.getString("team_cases"), rs.getString("typed_case"),
                (Boolean) rs.getObject("on_duty"), rs.getString("relation"), rs.getString("explanation"),
                rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    void decide(OrganisationId organisation, UUID id, String status, String explanation, String by, Instant at) {
        jdbc.sql("""
                update lookup_alert set status = ?, explanation = ?, decided_by = ?, decided_at = ?
                 where organisation_id = ? and id = ?""")
                .params(status, explanation, by, Timestamp.from(at), organisation.value(), id).update();
    }

    private static AlertSummary summary(ResultSet rs, int row) throws SQLException {
        return new AlertSummary(rs.getObject("id", UUID.class), rs.getObject("import_id", UUID.class),
                rs.getString("event_id"), rs.getString("officer_pseudonym"), rs.getString("subject_pseudonym"),
                rs.getString("team_id"), rs.getInt("score"), rs.getInt("reasons"), instant(rs, "occurred_at"),
                rs.getString("source"), rs.getString("action"), rs.getString("status"));
    }

    // ---- rules ----

    List<ExplanationRule> rules(OrganisationId organisation) {
        return jdbc.sql("""
                select kind, officer_id, subject_id, team_id, source, action, valid_until from lookup_rule
                 where organisation_id = ?""").param(organisation.value())
                .query((rs, row) -> new ExplanationRule(rs.getString("kind"), rs.getString("officer_id"),
                        rs.getString("subject_id"), rs.getString("team_id"), rs.getString("source"),
                        rs.getString("action"), rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    void insertRule(OrganisationId organisation, ExplanationRule rule, String description, UUID fromAlert,
            String by, Instant at) {
        jdbc.sql("""
                insert into lookup_rule (id, organisation_id, kind, officer_id, subject_id, team_id, source, action,
                       valid_until, description, from_alert_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation.value(), rule.kind(), rule.officerId(), rule.subjectId(),
                        rule.teamId(), rule.source(), rule.action(), rule.validUntil(), description, fromAlert, by,
                        Timestamp.from(at))
                .update();
    }

    /** The rules as the review shows them: what they cover in words and pseudonyms, never the identifiers. */
    List<Map<String, Object>> ruleList(OrganisationId organisation) {
        return jdbc.sql("""
                select r.kind, r.description, r.valid_until, r.created_by, r.created_at, r.team_id, r.source,
                       r.action, a.officer_pseudonym, a.subject_pseudonym
                  from lookup_rule r join lookup_alert a on a.id = r.from_alert_id
                 where r.organisation_id = ? order by r.created_at desc""").param(organisation.value())
                .query().listOfRows();
    }

    // ---- reveals ----

    void insertReveal(OrganisationId organisation, UUID alertId, String motivation, String by, Instant at) {
        jdbc.sql("""
                insert into lookup_reveal (id, organisation_id, alert_id, motivation, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation.value(), alertId, motivation, by, Timestamp.from(at))
                .update();
    }

    Optional<RevealRow> revealOf(OrganisationId organisation, UUID alertId, String requestedBy) {
        return jdbc.sql("""
                select * from lookup_reveal where organisation_id = ? and alert_id = ? and requested_by = ?
                 order by requested_at desc limit 1""").params(organisation.value(), alertId, requestedBy)
                .query(ReviewRepository::reveal).optional();
    }

    Optional<RevealRow> reveal(OrganisationId organisation, UUID id) {
        return jdbc.sql("select * from lookup_reveal where organisation_id = ? and id = ?")
                .params(organisation.value(), id).query(ReviewRepository::reveal).optional();
    }

    List<RevealRow> reveals(OrganisationId organisation, boolean pendingOnly) {
        return jdbc.sql("select * from lookup_reveal where organisation_id = ?"
                + (pendingOnly ? " and approved_by is null" : "") + " order by requested_at desc limit 200")
                .param(organisation.value()).query(ReviewRepository::reveal).list();
    }

    void approve(UUID id, String by, Instant at) {
        jdbc.sql("update lookup_reveal set approved_by = ?, approved_at = ? where id = ?")
                .params(by, Timestamp.from(at), id).update();
    }

    private static RevealRow reveal(ResultSet rs, int row) throws SQLException {
        return new RevealRow(rs.getObject("id", UUID.class), rs.getObject("alert_id", UUID.class),
                rs.getString("motivation"), rs.getString("requested_by"), instant(rs, "requested_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"));
    }

    // ---- samples for line managers ----

    void insertSamples(OrganisationId organisation, UUID importId, Pseudonyms pseudonyms,
            List<AlertEnricher.SampledLookup> samples) {
        var batch = new ArrayList<Object[]>(samples.size());
        for (var s : samples) {
            batch.add(new Object[] { UUID.randomUUID(), organisation.value(), importId, s.teamId(), s.month(),
                s.eventId(), s.officerId(), pseudonyms.subject(s.subjectId()),
                s.at() == null ? null : Timestamp.from(s.at()), s.source(), s.action(), s.caseRef() });
        }
        batches.batchUpdate("""
                insert into lookup_sample (id, organisation_id, import_id, team_id, month, event_id, officer_id,
                       subject_pseudonym, occurred_at, source, action, case_ref, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW')""", batch);
    }

    /**
     * Per team and month of an import: how many look-ups were sampled, how many were sent (to whom, when it was one
     * manager) and how many are answered.
     */
    List<SampleTeam> sampleTeams(OrganisationId organisation, UUID importId) {
        return jdbc.sql("""
                select team_id, coalesce(month, '') as month, count(*) as n,
                       count(sent_to) as sent, min(sent_to) as first_to, max(sent_to) as last_to,
                       count(*) filter (where status in ('CONFIRMED', 'QUESTIONED')) as answered
                  from lookup_sample where organisation_id = ? and import_id = ?
                 group by team_id, month order by month, team_id""")
                .params(organisation.value(), importId)
                .query((rs, row) -> new SampleTeam(rs.getString("team_id"), rs.getString("month"), rs.getInt("n"),
                        rs.getInt("sent"), Objects.equals(rs.getString("first_to"), rs.getString("last_to"))
                                ? rs.getString("first_to") : null,
                        rs.getInt("answered")))
                .list();
    }

    /** The sampled look-ups of a team and month not answered yet: id and officer, for the line-manager rule. */
    List<Map.Entry<UUID, String>> unanswered(OrganisationId organisation, UUID importId, String team, String month) {
        return jdbc.sql("""
                select id, officer_id from lookup_sample
                 where organisation_id = ? and import_id = ? and team_id = ? and coalesce(month, '') = ?
                   and status in ('NEW', 'SENT') order by occurred_at""")
                .params(organisation.value(), importId, team, month)
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("officer_id"))).list();
    }

    int send(OrganisationId organisation, UUID sampleId, String recipient, Instant at) {
        return jdbc.sql("""
                update lookup_sample set sent_to = ?, sent_at = ?, status = 'SENT'
                 where organisation_id = ? and id = ? and status in ('NEW', 'SENT')""")
                .params(recipient, Timestamp.from(at), organisation.value(), sampleId).update();
    }

    List<SampleView> samplesSentTo(OrganisationId organisation, String recipient) {
        return jdbc.sql("""
                select * from lookup_sample where organisation_id = ? and sent_to = ?
                 order by sent_at desc, team_id, occurred_at limit 200""")
                .params(organisation.value(), recipient)
                .query((rs, row) -> new SampleView(rs.getObject("id", UUID.class), rs.getString("team_id"),
                        rs.getString("event_id"), rs.getString("officer_id"), rs.getString("subject_pseudonym"),
                        instant(rs, "occurred_at"), rs.getString("source"), rs.getString("action"),
                        rs.getString("case_ref"), rs.getString("status")))
                .list();
    }

    int answer(OrganisationId organisation, UUID id, String recipient, String status, Instant at) {
        return jdbc.sql("""
                update lookup_sample set status = ?, answered_at = ?
                 where organisation_id = ? and id = ? and sent_to = ?""")
                .params(status, Timestamp.from(at), organisation.value(), id, recipient).update();
    }

    // ---- personal data ----

    /** Alerts that name the person as officer or subject, for a subject-access request. */
    List<AlertRow> alertsAbout(OrganisationId organisation, String person) {
        return jdbc.sql("""
                select * from lookup_alert where organisation_id = ? and (lower(officer_id) = lower(?)
                    or lower(subject_id) = lower(?)) order by occurred_at limit 1000""")
                .params(organisation.value(), person, person).query(ReviewRepository::alertRow).list();
    }

    /** Removes samples, reveals and alerts of imports started before the cut-off, except alerts behind a rule. */
    int purge(OrganisationId organisation, Instant cutOff) {
        var old = "select id from lookup_import where organisation_id = ? and started_at < ?";
        var at = Timestamp.from(cutOff);
        jdbc.sql("delete from lookup_sample where import_id in (" + old + ")").params(organisation.value(), at)
                .update();
        jdbc.sql("delete from lookup_reveal where alert_id in (select id from lookup_alert where import_id in ("
                + old + ") and id not in (select from_alert_id from lookup_rule))").params(organisation.value(), at)
                .update();
        return jdbc.sql("delete from lookup_alert where import_id in (" + old
                + ") and id not in (select from_alert_id from lookup_rule)").params(organisation.value(), at).update();
    }

    // ---- oversight and trends ----

    /** Alerts per reason code over the whole organisation. */
    Map<String, Long> alertsPerReason(OrganisationId organisation) {
        var counts = new LinkedHashMap<String, Long>();
        for (Reason reason : Reason.values()) {
            counts.put(reason.name(), jdbc.sql("""
                    select count(*) from lookup_alert where organisation_id = ? and (reasons & ?) <> 0""")
                    .params(organisation.value(), reason.bit()).query(Long.class).single());
        }
        return counts;
    }

    Map<String, Long> decisions(OrganisationId organisation) {
        var counts = new LinkedHashMap<String, Long>();
        for (String status : List.of("OPEN", "JUSTIFIED", "UNJUSTIFIED")) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) n from lookup_alert where organisation_id = ? group by status")
                .param(organisation.value())
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    /** Alert counts per month of the look-up and per series (a reason code or a team), for the trends. */
    List<Map<String, Object>> monthlyCounts(OrganisationId organisation, boolean byTeam) {
        if (byTeam) {
            return jdbc.sql("""
                    select to_char(occurred_at at time zone 'Europe/Brussels', 'YYYY-MM') as month,
                           coalesce(team_id, '?') as series, count(*) as n
                      from lookup_alert where organisation_id = ? and occurred_at is not null
                     group by 1, 2 order by 1, 2""").param(organisation.value()).query().listOfRows();
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (Reason reason : Reason.values()) {
            rows.addAll(jdbc.sql("""
                    select to_char(occurred_at at time zone 'Europe/Brussels', 'YYYY-MM') as month,
                           cast(? as text) as series, count(*) as n
                      from lookup_alert where organisation_id = ? and occurred_at is not null and (reasons & ?) <> 0
                     group by 1 order by 1""").params(reason.name(), organisation.value(), reason.bit()).query()
                    .listOfRows());
        }
        return rows;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
