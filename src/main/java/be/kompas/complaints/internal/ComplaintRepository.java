package be.kompas.complaints.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintQuery;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintSummary;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.Contact;
import be.kompas.complaints.HistoryStep;
import be.kompas.complaints.InvolvedStaff;
import be.kompas.complaints.NewComplaint;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.Route;
import be.kompas.complaints.ServiceLevel;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/** The register's tables; every statement is bound to one organisation. */
@Repository
class ComplaintRepository {

    /** A stored item with every column the service needs. */
    record Row(ComplaintSummary summary, String description, @Nullable LocalDate occurredOn,
            @Nullable LocalTime occurredTime, @Nullable String location, @Nullable String involvedText,
            boolean anonymous, Contact contact, String language, Set<ComplaintTag> tags, @Nullable String routeNote,
            @Nullable String acknowledgement, @Nullable LocalDate acknowledgedOn, @Nullable String answer,
            @Nullable UUID duplicateOf) {
    }

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the year, e.g. {@code DEMO-2026-0042}, numbered without gaps per organisation. */
    String nextReference(OrganisationId organisation, String organisationCode, int year) {
        int number = jdbc.sql("""
                insert into complaint_counter (organisation_id, year, last_number) values (:org, :year, 1)
                on conflict (organisation_id, year) do update set last_number = complaint_counter.last_number + 1
                returning last_number""").param("org", organisation.value()).param("year", year)
                .query(Integer.class).single();
        return String.format("%s-%d-%04d", organisationCode.toUpperCase(java.util.Locale.ROOT), year, number);
    }

    void insert(OrganisationId organisation, ComplaintId id, String reference, NewComplaint item,
            LocalDate acknowledgeDue, LocalDate answerDue, Instant now) {
        var contact = item.isAnonymous() ? Contact.NONE : item.contact();
        jdbc.sql("""
                insert into complaint (id, organisation_id, reference, kind, channel, received_on, description,
                  occurred_on, occurred_time, location, involved_text, anonymous, complainant_name, complainant_email,
                  complainant_phone, complainant_address, language, status, acknowledge_due, answer_due, created_at)
                values (:id, :org, :reference, :kind, :channel, :receivedOn, :description, :occurredOn, :occurredTime,
                  :location, :involved, :anonymous, :name, :email, :phone, :address, :language, 'RECEIVED',
                  :acknowledgeDue, :answerDue, :now)""")
                .param("id", id.value()).param("org", organisation.value()).param("reference", reference)
                .param("kind", item.kind().name()).param("channel", item.channel().name())
                .param("receivedOn", item.receivedOn()).param("description", item.description().strip())
                .param("occurredOn", item.occurredOn()).param("occurredTime", item.occurredTime())
                .param("location", blankToNull(item.location())).param("involved", blankToNull(item.involvedStaff()))
                .param("anonymous", item.isAnonymous()).param("name", contact.name())
                .param("email", contact.email()).param("phone", contact.phone()).param("address", contact.address())
                .param("language", item.language().getLanguage()).param("acknowledgeDue", acknowledgeDue)
                .param("answerDue", answerDue).param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .update();
    }

    Optional<Row> find(OrganisationId organisation, ComplaintId id, LocalDate today) {
        return jdbc.sql("select * from complaint where organisation_id = :org and id = :id")
                .param("org", organisation.value()).param("id", id.value()).query((rs, n) -> row(rs, today))
                .optional();
    }

    Page<ComplaintSummary> search(OrganisationId organisation, ComplaintQuery query, LocalDate today,
            PageRequest page) {
        var where = new StringBuilder(" from complaint where organisation_id = :org");
        var params = new HashMap<String, Object>();
        params.put("org", organisation.value());
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
        }
        if (query.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", query.channel().name());
        }
        if (query.factCode() != null) {
            // A family ("2") matches all its facts ("2.1", "2.10"); a fact matches itself.
            where.append(" and (fact_code = :fact or fact_code like :family)");
            params.put("fact", query.factCode());
            params.put("family", query.factCode() + ".%");
        }
        if (query.from() != null) {
            where.append(" and received_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and received_on <= :to");
            params.put("to", query.to());
        }
        if (query.overdueOnly()) {
            where.append(" and ").append(OVERDUE);
            params.put("today", today);
        }
        long total = jdbc.sql(Page.cappedCount(where.toString())).params(params).query(Long.class).single();
        var content = jdbc.sql("select *" + where + " order by received_on desc, reference desc limit :size offset :offset")
                .params(params).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> summary(rs, today)).list();
        return new Page<>(content, page, total);
    }

    /** Open and past a deadline; "status <> 'CLOSED'" on its own lets the open items' partial indexes serve it. */
    static final String OVERDUE = "status <> 'CLOSED' and (answer_due < :today"
            + " or acknowledged_on is null and acknowledge_due < :today)";

    /**
     * Earlier items of the same organisation received within a year before that {@code alike} accepts, newest first,
     * at most {@code limit}: for the duplicate check. The year is read in batches along the inbox index, and the
     * reading stops at the limit or after the {@value #LOOK_ALIKE_READ_LIMIT} most recent items: a zone's whole year
     * unless it is a very large one, where comparing a whole year (about 100,000 items) took seconds per page.
     */
    List<Row> lookAlikes(OrganisationId organisation, ComplaintId except, LocalDate receivedOn, LocalDate today,
            Predicate<Row> alike, int limit) {
        var found = new ArrayList<Row>();
        LocalDate beforeOn = receivedOn.plusDays(1);
        String beforeReference = "";
        // Small batches first (look-alikes are usually recent), larger ones for a long search.
        int batchSize = limit;
        int read = 0;
        while (found.size() < limit && read < LOOK_ALIKE_READ_LIMIT) {
            int wanted = Math.min(batchSize, LOOK_ALIKE_READ_LIMIT - read);
            var batch = jdbc.sql("""
                    select * from complaint where organisation_id = :org and id <> :id and anonymised_at is null
                      and received_on >= :from and (received_on, reference) < (:beforeOn, :beforeReference)
                    order by received_on desc, reference desc limit :batch""")
                    .param("org", organisation.value()).param("id", except.value())
                    .param("from", receivedOn.minusYears(1)).param("beforeOn", beforeOn)
                    .param("beforeReference", beforeReference).param("batch", wanted)
                    .query((rs, n) -> row(rs, today)).list();
            batch.stream().filter(alike).limit(limit - found.size()).forEach(found::add);
            read += batch.size();
            if (batch.size() < wanted) {
                return found;
            }
            batchSize = Math.min(LOOK_ALIKE_BATCH, batchSize * 4);
            var last = batch.get(batch.size() - 1).summary();
            beforeOn = last.receivedOn();
            beforeReference = last.reference();
        }
        return found;
    }

    private static final int LOOK_ALIKE_BATCH = 1_000;
    static final int LOOK_ALIKE_READ_LIMIT = 2_000;

    void acknowledge(OrganisationId organisation, ComplaintId id, @Nullable String text, LocalDate on) {
        jdbc.sql("""
                update complaint set acknowledgement = :text, acknowledged_on = :on,
                  status = case when status = 'RECEIVED' then 'ACKNOWLEDGED' else status end
                where organisation_id = :org and id = :id""")
                .param("text", text).param("on", on).param("org", organisation.value()).param("id", id.value())
                .update();
    }

    void classify(OrganisationId organisation, ComplaintId id, @Nullable String factCode, Set<ComplaintTag> tags) {
        jdbc.sql("update complaint set fact_code = :fact, tags = :tags where organisation_id = :org and id = :id")
                .param("fact", factCode).param("tags", tags.stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("org", organisation.value()).param("id", id.value()).update();
    }

    void route(OrganisationId organisation, ComplaintId id, Route route, @Nullable String note) {
        jdbc.sql("""
                update complaint set route = :route, route_note = :note,
                  status = case when status = 'CLOSED' then status else 'IN_PROGRESS' end
                where organisation_id = :org and id = :id""")
                .param("route", route.name()).param("note", blankToNull(note)).param("org", organisation.value())
                .param("id", id.value()).update();
    }

    void linkDuplicate(OrganisationId organisation, ComplaintId id, ComplaintId earlier) {
        jdbc.sql("update complaint set duplicate_of = :earlier where organisation_id = :org and id = :id")
                .param("earlier", earlier.value()).param("org", organisation.value()).param("id", id.value())
                .update();
    }

    void close(OrganisationId organisation, ComplaintId id, Outcome outcome, @Nullable String answer, LocalDate on) {
        jdbc.sql("""
                update complaint set outcome = :outcome, answer = :answer, closed_on = :on, status = 'CLOSED'
                where organisation_id = :org and id = :id""")
                .param("outcome", outcome.name()).param("answer", answer).param("on", on)
                .param("org", organisation.value()).param("id", id.value()).update();
    }

    List<InvolvedStaff> involved(OrganisationId organisation, ComplaintId id) {
        return jdbc.sql("select * from complaint_staff where organisation_id = :org and complaint_id = :id"
                + " order by name, personnel_number").param("org", organisation.value()).param("id", id.value())
                .query((rs, n) -> new InvolvedStaff(rs.getObject("id", UUID.class),
                        rs.getObject("staff_id", UUID.class), rs.getString("personnel_number"),
                        rs.getString("name"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                        rs.getObject("manager_id", UUID.class), rs.getObject("forwarded_on", LocalDate.class)))
                .list();
    }

    void involve(OrganisationId organisation, ComplaintId id, InvolvedStaff staff) {
        jdbc.sql("""
                insert into complaint_staff (id, organisation_id, complaint_id, staff_id, personnel_number, name,
                  unit_id, unit_name) values (:id, :org, :complaint, :staff, :number, :name, :unit, :unitName)""")
                .param("id", staff.id()).param("org", organisation.value()).param("complaint", id.value())
                .param("staff", staff.staffId()).param("number", staff.personnelNumber())
                .param("name", staff.name()).param("unit", staff.unitId()).param("unitName", staff.unitName())
                .update();
    }

    int uninvolve(OrganisationId organisation, ComplaintId id, UUID involvedId) {
        return jdbc.sql("delete from complaint_staff where organisation_id = :org and complaint_id = :complaint"
                + " and id = :id").param("org", organisation.value()).param("complaint", id.value())
                .param("id", involvedId).update();
    }

    void forwarded(OrganisationId organisation, UUID involvedId, @Nullable UUID manager, LocalDate on) {
        jdbc.sql("update complaint_staff set manager_id = :manager, forwarded_on = :on where organisation_id = :org"
                + " and id = :id").param("manager", manager).param("on", on).param("org", organisation.value())
                .param("id", involvedId).update();
    }

    /** Items that concern a staff member, or compliments forwarded to them as line manager. */
    List<ComplaintSummary> concerning(OrganisationId organisation, UUID staff, LocalDate today) {
        return jdbc.sql("""
                select c.* from complaint c where c.organisation_id = :org and exists (select 1 from complaint_staff s
                  where s.complaint_id = c.id and (s.staff_id = :staff or s.manager_id = :staff and s.forwarded_on
                  is not null)) order by c.received_on desc""")
                .param("org", organisation.value()).param("staff", staff).query((rs, n) -> summary(rs, today))
                .list();
    }

    void history(OrganisationId organisation, ComplaintId id, Instant at, String actor, String step,
            @Nullable String detail) {
        jdbc.sql("""
                insert into complaint_history (organisation_id, complaint_id, at, actor, step, detail)
                values (:org, :id, :at, :actor, :step, :detail)""")
                .param("org", organisation.value()).param("id", id.value())
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("actor", actor)
                .param("step", step).param("detail", detail).update();
    }

    List<HistoryStep> history(OrganisationId organisation, ComplaintId id) {
        return jdbc.sql("select * from complaint_history where organisation_id = :org and complaint_id = :id"
                + " order by at, id").param("org", organisation.value()).param("id", id.value())
                .query((rs, n) -> new HistoryStep(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("step"), rs.getString("detail")))
                .list();
    }

    ServiceLevel serviceLevel(OrganisationId organisation) {
        return jdbc.sql("select * from complaint_service_level where organisation_id = :org")
                .param("org", organisation.value())
                .query((rs, n) -> new ServiceLevel(rs.getInt("acknowledge_days"), rs.getInt("answer_days")))
                .optional().orElse(ServiceLevel.DEFAULT);
    }

    /** The deadlines of an open item, for recalculating them under a new service level. */
    record OpenDeadlines(ComplaintId id, LocalDate receivedOn, boolean acknowledged, LocalDate acknowledgeDue,
            LocalDate answerDue) {
    }

    List<OpenDeadlines> openDeadlines(OrganisationId organisation) {
        return jdbc.sql("""
                select id, received_on, acknowledged_on, acknowledge_due, answer_due from complaint
                where organisation_id = :org and status <> 'CLOSED' order by received_on, reference""")
                .param("org", organisation.value())
                .query((rs, n) -> new OpenDeadlines(new ComplaintId(rs.getObject("id", UUID.class)),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("acknowledged_on") != null,
                        rs.getObject("acknowledge_due", LocalDate.class), rs.getObject("answer_due", LocalDate.class)))
                .list();
    }

    void changeDeadlines(OrganisationId organisation, ComplaintId id, LocalDate acknowledgeDue, LocalDate answerDue) {
        jdbc.sql("""
                update complaint set acknowledge_due = :ack, answer_due = :answer
                where organisation_id = :org and id = :id and status <> 'CLOSED'""")
                .param("org", organisation.value()).param("id", id.value()).param("ack", acknowledgeDue)
                .param("answer", answerDue).update();
    }

    void saveServiceLevel(OrganisationId organisation, ServiceLevel level) {
        jdbc.sql("""
                insert into complaint_service_level (organisation_id, acknowledge_days, answer_days)
                values (:org, :ack, :answer) on conflict (organisation_id)
                do update set acknowledge_days = :ack, answer_days = :answer""")
                .param("org", organisation.value()).param("ack", level.acknowledgeDays())
                .param("answer", level.answerDays()).update();
    }

    static ComplaintSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        var status = ComplaintStatus.valueOf(rs.getString("status"));
        var acknowledgeDue = rs.getObject("acknowledge_due", LocalDate.class);
        var answerDue = rs.getObject("answer_due", LocalDate.class);
        boolean open = status != ComplaintStatus.CLOSED;
        return new ComplaintSummary(new ComplaintId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                ComplaintKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("channel")), status,
                rs.getObject("received_on", LocalDate.class), rs.getString("fact_code"),
                optional(rs.getString("route"), Route::valueOf), optional(rs.getString("outcome"), Outcome::valueOf),
                acknowledgeDue, answerDue, rs.getObject("closed_on", LocalDate.class),
                open && rs.getObject("acknowledged_on") == null && acknowledgeDue.isBefore(today),
                open && answerDue.isBefore(today));
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        return new Row(summary(rs, today), rs.getString("description"),
                rs.getObject("occurred_on", LocalDate.class), rs.getObject("occurred_time", LocalTime.class),
                rs.getString("location"), rs.getString("involved_text"), rs.getBoolean("anonymous"),
                new Contact(rs.getString("complainant_name"), rs.getString("complainant_email"),
                        rs.getString("complainant_phone"), rs.getString("complainant_address")),
                rs.getString("language"), tags(rs.getArray("tags")), rs.getString("route_note"),
                rs.getString("acknowledgement"), rs.getObject("acknowledged_on", LocalDate.class),
                rs.getString("answer"), rs.getObject("duplicate_of", UUID.class));
    }

    static Set<ComplaintTag> tags(@Nullable Array array) throws SQLException {
        var tags = EnumSet.noneOf(ComplaintTag.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(ComplaintTag::valueOf).forEach(tags::add);
        }
        return tags;
    }

    private static <T> @Nullable T optional(@Nullable String value, java.util.function.Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
