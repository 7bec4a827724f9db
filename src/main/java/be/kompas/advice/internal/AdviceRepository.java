package be.kompas.advice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.advice.ForwardTarget;
import be.kompas.advice.ReportKind;
import be.kompas.advice.ReportStatus;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/** The Advice Point's tables. Every query names the organisation; content columns hold ciphertext only. */
@Repository
class AdviceRepository {

    /** A report row: metadata in clear, content encrypted under the report key. */
    record StoredReport(UUID id, OrganisationId organisationId, String reference, ReportKind kind,
            String categoryCode, ReportStatus status, LocalDate receivedOn, LocalDate acknowledgeBy,
            LocalDate answerBy, @Nullable LocalDate acknowledgedOn, @Nullable LocalDate answeredOn,
            @Nullable LocalDate closedOn, @Nullable ForwardTarget forwardedTo, @Nullable String caseReference,
            byte @Nullable [] reporterSalt, byte @Nullable [] reporterKey, byte @Nullable [] text,
            byte @Nullable [] name, byte @Nullable [] identity, byte @Nullable [] routing, boolean archived,
            @Nullable LocalDate adverseMeasureOn) {
    }

    record StoredMessage(UUID id, byte[] content) {
    }

    record StoredAttachment(UUID id, byte[] description, byte[] content) {
    }

    private final JdbcClient jdbc;

    AdviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] lookupSalt(OrganisationId organisation, byte[] fresh) {
        jdbc.sql("insert into advice_secret (organisation_id, lookup_salt) values (?, ?) on conflict do nothing")
                .params(organisation.value(), fresh).update();
        return jdbc.sql("select lookup_salt from advice_secret where organisation_id = ?")
                .param(organisation.value()).query(byte[].class).single();
    }

    /** Category codes with their own label, or a null label for a seeded one that the bundles name. */
    List<Category> categories(OrganisationId organisation) {
        return jdbc.sql("""
                select code, label from advice_category where organisation_id = ? and active order by position""")
                .param(organisation.value())
                .query((rs, row) -> new Category(rs.getString("code"), rs.getString("label"))).list();
    }

    record Category(String code, @Nullable String label) {
    }

    void seedCategories(OrganisationId organisation, List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("""
                    insert into advice_category (organisation_id, code, position) values (?, ?, ?)
                    on conflict do nothing""").params(organisation.value(), codes.get(i), i).update();
        }
    }

    void addCategory(OrganisationId organisation, String code, String label) {
        jdbc.sql("""
                insert into advice_category (organisation_id, code, label, position)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from advice_category where organisation_id = ?))
                on conflict (organisation_id, code) do update set active = true, label = excluded.label""")
                .params(organisation.value(), code, label, organisation.value()).update();
    }

    /** Categories are deactivated, never deleted, so that past reports and statistics keep theirs. */
    boolean deactivateCategory(OrganisationId organisation, String code) {
        return jdbc.sql("update advice_category set active = false where organisation_id = ? and code = ?")
                .params(organisation.value(), code).update() == 1;
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("select count(*) from advice_report where reference = ?").param(reference)
                .query(Long.class).single() > 0;
    }

    void insert(StoredReport report, byte[] lookupTag) {
        jdbc.sql("""
                insert into advice_report (id, organisation_id, reference, kind, category_code, status, received_on,
                    acknowledge_by, answer_by, lookup_tag, reporter_salt, reporter_key, text_ciphertext,
                    name_ciphertext, identity_ciphertext, routing_ciphertext)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.id(), report.organisationId().value(), report.reference(), report.kind().name(),
                        report.categoryCode(), report.status().name(), Date.valueOf(report.receivedOn()),
                        Date.valueOf(report.acknowledgeBy()), Date.valueOf(report.answerBy()), lookupTag,
                        report.reporterSalt(), report.reporterKey(), report.text(), report.name(), report.identity(),
                        report.routing())
                .update();
    }

    Optional<StoredReport> find(OrganisationId organisation, UUID id) {
        return jdbc.sql("select * from advice_report where organisation_id = ? and id = ? and shredded_on is null")
                .params(organisation.value(), id).query(AdviceRepository::report).optional();
    }

    List<StoredReport> findByTag(OrganisationId organisation, byte[] lookupTag) {
        return jdbc.sql("""
                select * from advice_report
                 where organisation_id = ? and lookup_tag = ? and shredded_on is null and not archived""")
                .params(organisation.value(), lookupTag).query(AdviceRepository::report).list();
    }

    /** Open work first, then by deadline; never by time of submission, which is not stored. */
    Page<StoredReport> workList(OrganisationId organisation, @Nullable UUID onlyAssignedTo, PageRequest page) {
        String visible = """
                 from advice_report r
                 where r.organisation_id = :organisation and not r.archived and r.shredded_on is null
                   and (cast(:user as uuid) is null or exists (select 1 from advice_report_key k
                        where k.report_id = r.id and k.user_id = :user and k.assigned))""";
        long total = jdbc.sql("select count(*)" + visible).param("organisation", organisation.value())
                .param("user", onlyAssignedTo).query(Long.class).single();
        var content = jdbc.sql("select r.*" + visible + """
                 order by r.status in ('CLOSED', 'FORWARDED'), r.acknowledge_by, r.reference
                 limit :size offset :offset""")
                .param("organisation", organisation.value()).param("user", onlyAssignedTo)
                .param("size", page.size()).param("offset", page.offset())
                .query(AdviceRepository::report).list();
        return new Page<>(content, page, total);
    }

    void updateStatus(UUID id, ReportStatus status, @Nullable LocalDate acknowledgedOn,
            @Nullable LocalDate answeredOn, @Nullable LocalDate closedOn, LocalDate answerBy) {
        jdbc.sql("""
                update advice_report set status = ?, acknowledged_on = ?, answered_on = ?, closed_on = ?,
                       answer_by = ? where id = ?""")
                .params(status.name(), date(acknowledgedOn), date(answeredOn), date(closedOn), Date.valueOf(answerBy),
                        id)
                .update();
    }

    void forwarded(UUID id, ForwardTarget target, String caseReference, LocalDate on) {
        jdbc.sql("""
                update advice_report set status = 'FORWARDED', forwarded_to = ?, case_reference = ?, closed_on = ?
                 where id = ?""").params(target.name(), caseReference, Date.valueOf(on), id).update();
    }

    /** Crypto-shredding: keys and ciphertext go, the metadata that statistics need stays. */
    List<UUID> shredClosedBefore(OrganisationId organisation, LocalDate cutOff, LocalDate today) {
        var ids = jdbc.sql("""
                select id from advice_report
                 where organisation_id = ? and shredded_on is null and closed_on < ?""")
                .params(organisation.value(), Date.valueOf(cutOff)).query(UUID.class).list();
        for (UUID id : ids) {
            jdbc.sql("delete from advice_report_key where report_id = ?").param(id).update();
            jdbc.sql("delete from advice_message where report_id = ?").param(id).update();
            jdbc.sql("delete from advice_attachment where report_id = ?").param(id).update();
            jdbc.sql("""
                    update advice_report set lookup_tag = null, reporter_salt = null, reporter_key = null,
                           text_ciphertext = null, name_ciphertext = null, identity_ciphertext = null,
                           routing_ciphertext = null, shredded_on = ? where id = ?""")
                    .params(Date.valueOf(today), id).update();
        }
        return ids;
    }

    /** Takes a year's reports out of every working list once the yearly report is presented. */
    int archiveYear(OrganisationId organisation, int year) {
        return jdbc.sql("""
                update advice_report set archived = true
                 where organisation_id = ? and not archived and extract(year from received_on) = ?""")
                .params(organisation.value(), year).update();
    }

    /** Metadata of every report received in a year, shredded ones included: what statistics are made of. */
    List<StoredReport> receivedIn(OrganisationId organisation, int year) {
        return jdbc.sql("""
                select * from advice_report where organisation_id = ? and extract(year from received_on) = ?
                 order by received_on, reference""")
                .params(organisation.value(), year).query(AdviceRepository::report).list();
    }

    void recordWhistleblowerFollowUp(UUID id, byte @Nullable [] routing, @Nullable LocalDate adverseMeasureOn) {
        jdbc.sql("update advice_report set routing_ciphertext = ?, adverse_measure_on = ? where id = ?")
                .params(routing, date(adverseMeasureOn), id).update();
    }

    Optional<UUID> archivedByReference(OrganisationId organisation, String reference) {
        return jdbc.sql("""
                select id from advice_report
                 where organisation_id = ? and reference = ? and archived and shredded_on is null""")
                .params(organisation.value(), reference).query(UUID.class).optional();
    }

    void insertArchiveRequest(OrganisationId organisation, UUID reportId, UUID userId, String reason,
            LocalDate today) {
        jdbc.sql("""
                insert into advice_archive_request (id, organisation_id, report_id, requested_by, reason, requested_on)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation.value(), reportId, userId, reason, Date.valueOf(today))
                .update();
    }

    /** Requests of the organisation, or of one user when {@code requestedBy} is given. */
    List<AdviceService.ArchiveRequest> archiveRequests(OrganisationId organisation, @Nullable UUID requestedBy) {
        return jdbc.sql("""
                select q.id, r.reference, q.requested_by, q.reason, q.requested_on, q.approved_on, q.report_id
                  from advice_archive_request q join advice_report r on r.id = q.report_id
                 where q.organisation_id = :organisation and (cast(:user as uuid) is null or q.requested_by = :user)
                 order by q.approved_on nulls first, q.requested_on desc, r.reference""")
                .param("organisation", organisation.value()).param("user", requestedBy)
                .query((rs, row) -> new AdviceService.ArchiveRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("requested_by", UUID.class), rs.getString("reason"),
                        localDate(rs, "requested_on"), localDate(rs, "approved_on"),
                        rs.getObject("report_id", UUID.class)))
                .list();
    }

    boolean approveArchiveRequest(OrganisationId organisation, UUID requestId, UUID approver, LocalDate today) {
        return jdbc.sql("""
                update advice_archive_request set approved_by = ?, approved_on = ?
                 where organisation_id = ? and id = ? and approved_on is null""")
                .params(approver, Date.valueOf(today), organisation.value(), requestId).update() == 1;
    }

    boolean archiveAccessApproved(UUID reportId, UUID userId) {
        return jdbc.sql("""
                select count(*) from advice_archive_request
                 where report_id = ? and requested_by = ? and approved_on is not null""")
                .params(reportId, userId).query(Long.class).single() > 0;
    }

    Optional<byte[]> wrappedKey(UUID reportId, UUID userId) {
        return jdbc.sql("select wrapped_key from advice_report_key where report_id = ? and user_id = ? and not needs_regrant")
                .params(reportId, userId).query(byte[].class).optional();
    }

    void storeKey(OrganisationId organisation, UUID reportId, UUID userId, boolean assigned, byte[] wrappedKey) {
        jdbc.sql("""
                insert into advice_report_key (report_id, user_id, organisation_id, assigned, wrapped_key)
                values (?, ?, ?, ?, ?)
                on conflict (report_id, user_id) do update set assigned = excluded.assigned or advice_report_key.assigned""")
                .params(reportId, userId, organisation.value(), assigned, wrappedKey).update();
    }

    boolean deleteKey(UUID reportId, UUID userId) {
        return jdbc.sql("delete from advice_report_key where report_id = ? and user_id = ?").params(reportId, userId)
                .update() == 1;
    }

    List<UUID> assignedUsers(UUID reportId) {
        return jdbc.sql("select user_id from advice_report_key where report_id = ? and assigned order by user_id")
                .param(reportId).query(UUID.class).list();
    }

    void insertMessage(OrganisationId organisation, UUID reportId, UUID messageId, byte[] content) {
        jdbc.sql("""
                insert into advice_message (id, report_id, organisation_id, position, content)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from advice_message where report_id = ?), ?)""")
                .params(messageId, reportId, organisation.value(), reportId, content).update();
    }

    List<StoredMessage> messages(UUID reportId) {
        return jdbc.sql("select id, content from advice_message where report_id = ? order by position")
                .param(reportId).query((rs, row) -> new StoredMessage(rs.getObject("id", UUID.class),
                        rs.getBytes("content")))
                .list();
    }

    void insertAttachment(OrganisationId organisation, UUID reportId, UUID attachmentId, byte[] description,
            byte[] content) {
        jdbc.sql("""
                insert into advice_attachment (id, report_id, organisation_id, description, content)
                values (?, ?, ?, ?, ?)""").params(attachmentId, reportId, organisation.value(), description, content)
                .update();
    }

    int attachmentCount(UUID reportId) {
        return jdbc.sql("select count(*) from advice_attachment where report_id = ?").param(reportId)
                .query(Integer.class).single();
    }

    /** Descriptions only; the content is read one attachment at a time. */
    List<StoredAttachment> attachments(UUID reportId) {
        return jdbc.sql("select id, description from advice_attachment where report_id = ? order by id")
                .param(reportId).query((rs, row) -> new StoredAttachment(rs.getObject("id", UUID.class),
                        rs.getBytes("description"), new byte[0]))
                .list();
    }

    Optional<StoredAttachment> attachment(UUID reportId, UUID attachmentId) {
        return jdbc.sql("select id, description, content from advice_attachment where report_id = ? and id = ?")
                .params(reportId, attachmentId).query((rs, row) -> new StoredAttachment(rs.getObject("id", UUID.class),
                        rs.getBytes("description"), rs.getBytes("content")))
                .optional();
    }

    /** Failed reporter logins for one lookup tag: the count and how long further attempts must wait. */
    record Throttle(int failures, java.time.@Nullable Instant blockedUntil) {
    }

    Optional<Throttle> throttle(byte[] tag) {
        return jdbc.sql("select failures, blocked_until from advice_login_throttle where lookup_tag = ?").param(tag)
                .query((rs, row) -> new Throttle(rs.getInt("failures"),
                        rs.getTimestamp("blocked_until") == null ? null : rs.getTimestamp("blocked_until").toInstant()))
                .optional();
    }

    void storeThrottle(byte[] tag, int failures, java.time.@Nullable Instant blockedUntil) {
        jdbc.sql("""
                insert into advice_login_throttle (lookup_tag, failures, blocked_until) values (?, ?, ?)
                on conflict (lookup_tag) do update set failures = excluded.failures,
                       blocked_until = excluded.blocked_until""")
                .params(tag, failures, blockedUntil == null ? null : java.sql.Timestamp.from(blockedUntil)).update();
    }

    void clearThrottle(byte[] tag) {
        jdbc.sql("delete from advice_login_throttle where lookup_tag = ?").param(tag).update();
    }

    private static StoredReport report(ResultSet rs, int row) throws SQLException {
        String forwarded = rs.getString("forwarded_to");
        return new StoredReport(rs.getObject("id", UUID.class),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("reference"),
                ReportKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
                ReportStatus.valueOf(rs.getString("status")), localDate(rs, "received_on"),
                localDate(rs, "acknowledge_by"), localDate(rs, "answer_by"), localDate(rs, "acknowledged_on"),
                localDate(rs, "answered_on"), localDate(rs, "closed_on"),
                forwarded == null ? null : ForwardTarget.valueOf(forwarded), rs.getString("case_reference"),
                rs.getBytes("reporter_salt"), rs.getBytes("reporter_key"), rs.getBytes("text_ciphertext"),
                rs.getBytes("name_ciphertext"), rs.getBytes("identity_ciphertext"),
                rs.getBytes("routing_ciphertext"), rs.getBoolean("archived"), localDate(rs, "adverse_measure_on"));
    }

    @SuppressWarnings("NullAway")
    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
