package be.kompas.investigations.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.investigations.Bureau;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Outcome;
import be.kompas.investigations.Recipient;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.CaseParts.Assignment;
import be.kompas.investigations.internal.CaseParts.Concerned;
import be.kompas.investigations.internal.CaseParts.Document;
import be.kompas.investigations.internal.CaseParts.Duty;
import be.kompas.investigations.internal.CaseParts.Extension;
import be.kompas.investigations.internal.CaseParts.Measure;
import be.kompas.investigations.internal.CaseParts.Sanction;
import be.kompas.investigations.internal.CaseParts.Step;
import be.kompas.tenancy.OrganisationId;

/** The case tables; every query is scoped to one organisation. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the year, e.g. {@code DEMO-DIT-2026-0007}, numbered per organisation. */
    String nextReference(OrganisationId organisation, String organisationCode, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('investigation_case' || :org))")
                .param("org", organisation.value().toString()).query(Object.class).list();
        String prefix = organisationCode.toUpperCase(java.util.Locale.ROOT) + "-DIT-" + year + "-";
        int number = jdbc.sql("""
                select coalesce(max(substring(reference from '\\d+$')::int), 0) + 1 from investigation_case
                where organisation_id = :org and reference like :prefix""")
                .param("org", organisation.value()).param("prefix", prefix + "%").query(Integer.class).single();
        return String.format("%s%04d", prefix, number);
    }

    boolean referenceTaken(OrganisationId organisation, String reference) {
        return jdbc.sql("select count(*) from investigation_case where organisation_id = :org and reference = :ref")
                .param("org", organisation.value()).param("ref", reference).query(Integer.class).single() > 0;
    }

    boolean existsForOrigin(OrganisationId organisation, Origin origin, UUID originId) {
        return jdbc.sql("""
                select count(*) from investigation_case where organisation_id = :org and origin = :origin
                  and origin_id = :originId""").param("org", organisation.value()).param("origin", origin.name())
                .param("originId", originId).query(Integer.class).single() > 0;
    }

    void insert(OrganisationId organisation, UUID id, String reference, Bureau bureau, Origin origin,
            @Nullable String originReference, @Nullable UUID originId, LocalDate openedOn, LocalDate receivedOn,
            @Nullable LocalDate acknowledgedOn, @Nullable String summary, List<String> factCodes, Instant now) {
        jdbc.sql("""
                insert into investigation_case (id, organisation_id, reference, bureau, origin, origin_reference,
                  origin_id, status, opened_on, received_on, acknowledged_on, summary, fact_codes, created_at)
                values (:id, :org, :reference, :bureau, :origin, :originReference, :originId, 'TRIAGE', :openedOn,
                  :receivedOn, :acknowledgedOn, :summary, :factCodes, :now)""")
                .param("id", id).param("org", organisation.value()).param("reference", reference)
                .param("bureau", bureau.name()).param("origin", origin.name()).param("originReference", originReference)
                .param("originId", originId).param("openedOn", openedOn).param("receivedOn", receivedOn)
                .param("acknowledgedOn", acknowledgedOn).param("summary", summary)
                .param("factCodes", factCodes.toArray(String[]::new)).param("now", utc(now)).update();
    }

    Optional<CaseRow> find(OrganisationId organisation, UUID id) {
        return jdbc.sql("select * from investigation_case where organisation_id = :org and id = :id")
                .param("org", organisation.value()).param("id", id).query(CaseRepository::caseRow).optional();
    }

    /** All cases, or with {@code assignedTo} only those assigned to that user; newest first. */
    List<CaseRow> list(OrganisationId organisation, @Nullable UUID assignedTo, @Nullable CaseStatus status) {
        return jdbc.sql("""
                select * from investigation_case c where organisation_id = :org
                  and (cast(:user as uuid) is null or exists (select 1 from investigation_assignment a
                       where a.case_id = c.id and a.user_id = :user))
                  and (cast(:status as varchar) is null or status = :status)
                order by opened_on desc, reference desc""")
                .param("org", organisation.value()).param("user", assignedTo)
                .param("status", status == null ? null : status.name()).query(CaseRepository::caseRow).list();
    }

    /** Cases concerning a staff member. */
    List<CaseRow> concerning(OrganisationId organisation, UUID staffId) {
        return jdbc.sql("""
                select c.* from investigation_case c where c.organisation_id = :org and exists (
                  select 1 from investigation_staff s where s.case_id = c.id and s.staff_id = :staff)
                order by opened_on desc""").param("org", organisation.value()).param("staff", staffId)
                .query(CaseRepository::caseRow).list();
    }

    void triage(OrganisationId organisation, UUID id, String facts, List<String> factCodes, List<String> riskFamilies,
            @Nullable String advice, boolean logging, boolean criminal, boolean media, boolean measures) {
        jdbc.sql("""
                update investigation_case set facts = :facts, fact_codes = :factCodes, risk_families = :families,
                  advice = :advice, logging_needed = :logging, criminal_elements = :criminal,
                  media_sensitive = :media, measures_expected = :measures
                where organisation_id = :org and id = :id""")
                .param("facts", facts).param("factCodes", factCodes.toArray(String[]::new))
                .param("families", riskFamilies.toArray(String[]::new)).param("advice", advice)
                .param("logging", logging).param("criminal", criminal).param("media", media)
                .param("measures", measures).param("org", organisation.value()).param("id", id).update();
    }

    void chooseTrack(OrganisationId organisation, UUID id, Track track, @Nullable String reason, LocalDate on,
            String by) {
        jdbc.sql("""
                update investigation_case set track = :track, track_reason = :reason, triaged_on = :on,
                  triaged_by = :by, status = 'IN_PROGRESS' where organisation_id = :org and id = :id""")
                .param("track", track.name()).param("reason", reason).param("on", on).param("by", by)
                .param("org", organisation.value()).param("id", id).update();
    }

    void decide(OrganisationId organisation, UUID id, Outcome outcome, @Nullable String sanction, String text,
            String anonymisedFacts, List<String> aggravating, List<String> mitigating, LocalDate on, String by) {
        jdbc.sql("""
                update investigation_case set outcome = :outcome, sanction_code = :sanction, decision_text = :text,
                  anonymised_facts = :anon, aggravating = :aggravating, mitigating = :mitigating, decided_on = :on,
                  decided_by = :by, status = 'DECIDED' where organisation_id = :org and id = :id""")
                .param("outcome", outcome.name()).param("sanction", sanction).param("text", text)
                .param("anon", anonymisedFacts).param("aggravating", aggravating.toArray(String[]::new))
                .param("mitigating", mitigating.toArray(String[]::new)).param("on", on).param("by", by)
                .param("org", organisation.value()).param("id", id).update();
    }

    /** Records the first acknowledgement; a later one leaves the date as it was. */
    void acknowledged(OrganisationId organisation, UUID id, LocalDate on) {
        jdbc.sql("""
                update investigation_case set acknowledged_on = coalesce(acknowledged_on, :on)
                where organisation_id = :org and id = :id""")
                .param("on", on).param("org", organisation.value()).param("id", id).update();
    }

    /** Records the one extension of the investigation term; 0 when one was recorded already. */
    int extend(OrganisationId organisation, UUID id, int weeks, String reason, LocalDate on, String by) {
        return jdbc.sql("""
                update investigation_case set extension_weeks = :weeks, extension_reason = :reason,
                  extended_on = :on, extended_by = :by
                where organisation_id = :org and id = :id and extension_weeks is null""")
                .param("weeks", weeks).param("reason", reason).param("on", on).param("by", by)
                .param("org", organisation.value()).param("id", id).update();
    }

    void openFileToStaff(OrganisationId organisation, UUID id) {
        jdbc.sql("update investigation_case set file_open_to_staff = true where organisation_id = :org and id = :id")
                .param("org", organisation.value()).param("id", id).update();
    }

    void outcomeInformed(OrganisationId organisation, UUID id, LocalDate on) {
        jdbc.sql("update investigation_case set outcome_informed_on = :on where organisation_id = :org and id = :id")
                .param("on", on).param("org", organisation.value()).param("id", id).update();
    }

    void close(OrganisationId organisation, UUID id, LocalDate on, String retentionClass) {
        jdbc.sql("""
                update investigation_case set status = 'CLOSED', closed_on = :on, retention_class = :retention
                where organisation_id = :org and id = :id""").param("on", on).param("retention", retentionClass)
                .param("org", organisation.value()).param("id", id).update();
    }

    // Staff concerned

    void addStaff(OrganisationId organisation, UUID caseId, @Nullable UUID staffId, @Nullable String name,
            @Nullable String personnelNumber, @Nullable UUID unitId, @Nullable String unitName) {
        jdbc.sql("""
                insert into investigation_staff (id, organisation_id, case_id, staff_id, name, personnel_number,
                  unit_id, unit_name) values (:id, :org, :case, :staff, :name, :number, :unit, :unitName)""")
                .param("id", UUID.randomUUID()).param("org", organisation.value()).param("case", caseId)
                .param("staff", staffId).param("name", name).param("number", personnelNumber).param("unit", unitId)
                .param("unitName", unitName).update();
        jdbc.sql("""
                update investigation_case c set staff_count = (select count(*) from investigation_staff s
                  where s.case_id = c.id), unit_id = coalesce(c.unit_id, :unit)
                where organisation_id = :org and id = :case""")
                .param("unit", unitId).param("org", organisation.value()).param("case", caseId).update();
    }

    List<Concerned> staff(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("""
                select * from investigation_staff where organisation_id = :org and case_id = :case order by name""")
                .param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> new Concerned(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                        rs.getString("name"), rs.getString("personnel_number"), rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_name"), rs.getObject("performance_manager", UUID.class)))
                .list();
    }

    void performanceManager(OrganisationId organisation, UUID caseId, UUID concernedId, @Nullable UUID manager) {
        jdbc.sql("""
                update investigation_staff set performance_manager = :manager
                where organisation_id = :org and case_id = :case and id = :id""")
                .param("manager", manager).param("org", organisation.value()).param("case", caseId)
                .param("id", concernedId).update();
    }

    // Assignments and conflicts

    void assign(OrganisationId organisation, UUID caseId, UUID userId, String username, String displayName,
            Instant now) {
        jdbc.sql("""
                insert into investigation_assignment (organisation_id, case_id, user_id, username, display_name,
                  assigned_at) values (:org, :case, :user, :username, :name, :now) on conflict do nothing""")
                .param("org", organisation.value()).param("case", caseId).param("user", userId)
                .param("username", username).param("name", displayName).param("now", utc(now)).update();
    }

    List<Assignment> assignments(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("""
                select * from investigation_assignment where organisation_id = :org and case_id = :case
                order by assigned_at""").param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> new Assignment(rs.getObject("user_id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getTimestamp("assigned_at").toInstant()))
                .list();
    }

    boolean assigned(OrganisationId organisation, UUID caseId, UUID userId) {
        return jdbc.sql("""
                select count(*) from investigation_assignment where organisation_id = :org and case_id = :case
                  and user_id = :user""").param("org", organisation.value()).param("case", caseId)
                .param("user", userId).query(Integer.class).single() > 0;
    }

    void declareConflict(OrganisationId organisation, UUID userId, UUID staffId, @Nullable String reason,
            Instant now) {
        jdbc.sql("""
                insert into investigation_conflict (organisation_id, user_id, staff_id, reason, declared_at)
                values (:org, :user, :staff, :reason, :now) on conflict do nothing""")
                .param("org", organisation.value()).param("user", userId).param("staff", staffId)
                .param("reason", reason).param("now", utc(now)).update();
    }

    boolean conflict(OrganisationId organisation, UUID userId, UUID staffId) {
        return jdbc.sql("""
                select count(*) from investigation_conflict where organisation_id = :org and user_id = :user
                  and staff_id = :staff""").param("org", organisation.value()).param("user", userId)
                .param("staff", staffId).query(Integer.class).single() > 0;
    }

    // Steps

    UUID addStep(OrganisationId organisation, UUID caseId, String kind, LocalDate on, @Nullable UUID staffId,
            @Nullable String text, @Nullable String representative, String by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into investigation_step (id, organisation_id, case_id, kind, occurred_on, staff_id, text,
                  representative, recorded_by, recorded_at)
                values (:id, :org, :case, :kind, :on, :staff, :text, :rep, :by, :now)""")
                .param("id", id).param("org", organisation.value()).param("case", caseId).param("kind", kind)
                .param("on", on).param("staff", staffId).param("text", text).param("rep", representative)
                .param("by", by).param("now", utc(now)).update();
        return id;
    }

    List<Step> steps(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("""
                select * from investigation_step where organisation_id = :org and case_id = :case
                order by occurred_on, recorded_at""").param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> new Step(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getObject("staff_id", UUID.class),
                        rs.getString("text"), rs.getString("representative"), instant(rs, "signed_at"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    int sign(OrganisationId organisation, UUID caseId, UUID stepId, UUID staffId, Instant now) {
        return jdbc.sql("""
                update investigation_step set signed_at = :now where organisation_id = :org and case_id = :case
                  and id = :id and staff_id = :staff and kind = 'HEARING' and signed_at is null""")
                .param("now", utc(now)).param("org", organisation.value()).param("case", caseId).param("id", stepId)
                .param("staff", staffId).update();
    }

    // Documents

    int nextVersion(OrganisationId organisation, UUID caseId, String name) {
        return jdbc.sql("""
                select coalesce(max(version), 0) + 1 from investigation_document where organisation_id = :org
                  and case_id = :case and name = :name""").param("org", organisation.value()).param("case", caseId)
                .param("name", name).query(Integer.class).single();
    }

    void addDocument(OrganisationId organisation, UUID caseId, UUID id, String name, int version, String contentType,
            byte[] content, String sha256, String by, Instant now) {
        jdbc.sql("""
                insert into investigation_document (id, organisation_id, case_id, name, version, content_type,
                  content, sha256, uploaded_by, uploaded_at)
                values (:id, :org, :case, :name, :version, :type, :content, :sha, :by, :now)""")
                .param("id", id).param("org", organisation.value()).param("case", caseId).param("name", name)
                .param("version", version).param("type", contentType).param("content", content).param("sha", sha256)
                .param("by", by).param("now", utc(now)).update();
    }

    /** Every version of every document, by name then newest version first. */
    List<Document> documents(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("""
                select id, name, version, content_type, sha256, uploaded_by, uploaded_at, length(content) as size
                from investigation_document where organisation_id = :org and case_id = :case
                order by name, version desc""").param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> new Document(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("version"), rs.getString("content_type"), rs.getString("sha256"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("size")))
                .list();
    }

    Optional<DocumentFile> documentContent(OrganisationId organisation, UUID caseId, UUID documentId) {
        return jdbc.sql("""
                select name, content from investigation_document
                 where organisation_id = :org and case_id = :case and id = :id""")
                .param("org", organisation.value()).param("case", caseId).param("id", documentId)
                .query((rs, n) -> new DocumentFile(rs.getString("name"), rs.getBytes("content")))
                .optional();
    }

    // Sanctions, measures and information duties

    List<Sanction> sanctions() {
        return jdbc.sql("select code, category from investigation_sanction order by position")
                .query((rs, n) -> new Sanction(rs.getString("code"), rs.getString("category"))).list();
    }

    void addMeasure(OrganisationId organisation, UUID caseId, String code, @Nullable UUID staffId, LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable String note, String by, Instant now) {
        jdbc.sql("""
                insert into investigation_measure (id, organisation_id, case_id, code, staff_id, starts_on, ends_on,
                  note, recorded_by, recorded_at)
                values (:id, :org, :case, :code, :staff, :starts, :ends, :note, :by, :now)""")
                .param("id", UUID.randomUUID()).param("org", organisation.value()).param("case", caseId)
                .param("code", code).param("staff", staffId).param("starts", startsOn).param("ends", endsOn)
                .param("note", note).param("by", by).param("now", utc(now)).update();
    }

    List<Measure> measures(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("""
                select m.*, s.category from investigation_measure m join investigation_sanction s on s.code = m.code
                where m.organisation_id = :org and m.case_id = :case order by starts_on""")
                .param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> new Measure(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("category"), rs.getObject("staff_id", UUID.class),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("note")))
                .list();
    }

    void addDuty(OrganisationId organisation, UUID caseId, Recipient recipient, String subject,
            @Nullable LocalDate dueOn) {
        jdbc.sql("""
                insert into investigation_information_duty (id, organisation_id, case_id, recipient, subject, due_on)
                values (:id, :org, :case, :recipient, :subject, :due)""")
                .param("id", UUID.randomUUID()).param("org", organisation.value()).param("case", caseId)
                .param("recipient", recipient.name()).param("subject", subject).param("due", dueOn).update();
    }

    int markSent(OrganisationId organisation, UUID caseId, UUID dutyId, LocalDate on, String by,
            @Nullable String recipientName) {
        return jdbc.sql("""
                update investigation_information_duty set sent_on = :on, sent_by = :by, recipient_name = :name
                where organisation_id = :org and case_id = :case and id = :id and sent_on is null""")
                .param("on", on).param("by", by).param("name", recipientName).param("org", organisation.value())
                .param("case", caseId).param("id", dutyId).update();
    }

    List<Duty> duties(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("""
                select * from investigation_information_duty where organisation_id = :org and case_id = :case
                order by due_on nulls last, recipient""").param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> new Duty(rs.getObject("id", UUID.class), Recipient.valueOf(rs.getString("recipient")),
                        rs.getString("subject"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("sent_on", LocalDate.class), rs.getString("sent_by"),
                        rs.getString("recipient_name")))
                .list();
    }

    // Settings

    InvestigationSettings settings(OrganisationId organisation) {
        return jdbc.sql("select * from investigation_settings where organisation_id = :org")
                .param("org", organisation.value())
                .query((rs, n) -> new InvestigationSettings(rs.getInt("triage_working_days"),
                        rs.getInt("inform_working_days"), rs.getInt("investigation_working_days"),
                        rs.getInt("decision_working_days"), rs.getInt("warning_working_days")))
                .optional().orElse(InvestigationSettings.DEFAULTS);
    }

    void saveSettings(OrganisationId organisation, InvestigationSettings s) {
        jdbc.sql("""
                insert into investigation_settings (organisation_id, triage_working_days, inform_working_days,
                  investigation_working_days, decision_working_days, warning_working_days)
                values (:org, :triage, :inform, :investigation, :decision, :warning)
                on conflict (organisation_id) do update set triage_working_days = excluded.triage_working_days,
                  inform_working_days = excluded.inform_working_days,
                  investigation_working_days = excluded.investigation_working_days,
                  decision_working_days = excluded.decision_working_days,
                  warning_working_days = excluded.warning_working_days""")
                .param("org", organisation.value()).param("triage", s.triageWorkingDays())
                .param("inform", s.informWorkingDays()).param("investigation", s.investigationWorkingDays())
                .param("decision", s.decisionWorkingDays()).param("warning", s.warningWorkingDays()).update();
    }

    /** Records a warning once per case, term and due date; {@code true} when it is new. */
    boolean warn(OrganisationId organisation, UUID caseId, String deadline, LocalDate due, LocalDate today) {
        return jdbc.sql("""
                insert into investigation_deadline_warning (organisation_id, case_id, deadline, due_on, warned_on)
                values (:org, :case, :deadline, :due, :today) on conflict do nothing""")
                .param("org", organisation.value()).param("case", caseId).param("deadline", deadline)
                .param("due", due).param("today", today).update() > 0;
    }

    static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        String track = rs.getString("track");
        String outcome = rs.getString("outcome");
        return new CaseRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("reference"), Bureau.valueOf(rs.getString("bureau")),
                Origin.valueOf(rs.getString("origin")), rs.getString("origin_reference"),
                rs.getObject("origin_id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
                track == null ? null : Track.valueOf(track), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("received_on", LocalDate.class), rs.getObject("acknowledged_on", LocalDate.class),
                extension(rs), rs.getString("summary"), rs.getString("facts"), strings(rs.getArray("fact_codes")),
                strings(rs.getArray("risk_families")), rs.getString("advice"), rs.getBoolean("logging_needed"),
                rs.getBoolean("criminal_elements"), rs.getBoolean("media_sensitive"),
                rs.getBoolean("measures_expected"), rs.getObject("triaged_on", LocalDate.class),
                rs.getString("triaged_by"), rs.getString("track_reason"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("sanction_code"),
                rs.getString("decision_text"), rs.getString("anonymised_facts"), strings(rs.getArray("aggravating")),
                strings(rs.getArray("mitigating")), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getObject("outcome_informed_on", LocalDate.class),
                rs.getBoolean("file_open_to_staff"), rs.getObject("closed_on", LocalDate.class),
                rs.getString("retention_class"), rs.getObject("unit_id", UUID.class), rs.getInt("staff_count"),
                rs.getObject("purged_at") != null);
    }

    private static @Nullable Extension extension(ResultSet rs) throws SQLException {
        int weeks = rs.getInt("extension_weeks");
        // A purge clears the reason and who extended, keeping the weeks for the figures.
        return rs.wasNull() ? null : new Extension(weeks, orEmpty(rs.getString("extension_reason")),
                rs.getObject("extended_on", LocalDate.class), orEmpty(rs.getString("extended_by")));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
