package be.kompas.aftercare.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.aftercare.AftercareContact;
import be.kompas.aftercare.AftercareTask;
import be.kompas.aftercare.PlanSummary;
import be.kompas.aftercare.TaskKind;
import be.kompas.tenancy.OrganisationId;

@Repository
class AftercareRepository {

    private static final String COLUMNS = "id, case_id, case_reference, kind, staff_id, owner_id, due_on, done_at,"
            + " done_by, note, checked_steps";

    private final JdbcClient jdbc;

    AftercareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new task's id; a task of the same kind for the same case and person is not made twice */
    @Nullable
    UUID plan(OrganisationId organisation, UUID caseId, String reference, TaskKind kind, @Nullable UUID staff,
            @Nullable UUID owner, LocalDate dueOn, Instant now) {
        UUID id = UUID.randomUUID();
        boolean inserted = jdbc.sql("""
                insert into aftercare_task (id, organisation_id, case_id, case_reference, kind, staff_id, owner_id,
                  due_on, created_at)
                select :id, :org, :case, :reference, :kind, :staff, :owner, :due, :now
                where not exists (select 1 from aftercare_task where organisation_id = :org and case_id = :case
                  and kind = :kind and staff_id is not distinct from cast(:staff as uuid))""")
                .param("id", id).param("org", organisation.value()).param("case", caseId)
                .param("reference", reference).param("kind", kind.name()).param("staff", staff)
                .param("owner", owner).param("due", dueOn).param("now", Timestamp.from(now)).update() > 0;
        return inserted ? id : null;
    }

    List<AftercareTask> openOf(OrganisationId organisation, UUID owner, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from aftercare_task where organisation_id = :org and owner_id = :owner"
                + " and status = 'OPEN' order by due_on, case_reference, kind").param("org", organisation.value())
                .param("owner", owner).query((rs, n) -> task(rs, today)).list();
    }

    List<AftercareTask> ofCase(OrganisationId organisation, UUID caseId, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from aftercare_task where organisation_id = :org and case_id = :case"
                + " order by status desc, due_on, kind").param("org", organisation.value()).param("case", caseId)
                .query((rs, n) -> task(rs, today)).list();
    }

    Optional<AftercareTask> find(OrganisationId organisation, UUID id, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from aftercare_task where organisation_id = :org and id = :id")
                .param("org", organisation.value()).param("id", id).query((rs, n) -> task(rs, today)).optional();
    }

    List<PlanSummary> plans(OrganisationId organisation, LocalDate today) {
        return jdbc.sql("""
                select case_id, min(case_reference),
                  count(*) filter (where status = 'OPEN'),
                  count(*) filter (where status = 'OPEN' and due_on < :today),
                  min(due_on) filter (where status = 'OPEN')
                from aftercare_task where organisation_id = :org
                group by case_id
                order by count(*) filter (where status = 'OPEN') = 0, min(due_on) filter (where status = 'OPEN'),
                  min(case_reference)""").param("org", organisation.value()).param("today", today)
                .query((rs, n) -> new PlanSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    boolean ownsTaskIn(OrganisationId organisation, UUID caseId, UUID owner) {
        return jdbc.sql("select exists (select 1 from aftercare_task where organisation_id = :org and case_id = :case"
                + " and owner_id = :owner)").param("org", organisation.value()).param("case", caseId)
                .param("owner", owner).query(Boolean.class).single();
    }

    boolean complete(OrganisationId organisation, UUID id, String note, List<String> steps, String by, Instant now) {
        return jdbc.sql("update aftercare_task set status = 'DONE', note = :note, checked_steps = :steps,"
                + " done_at = :now, done_by = :by where organisation_id = :org and id = :id and status = 'OPEN'")
                .param("note", note).param("steps", String.join(",", steps)).param("now", Timestamp.from(now))
                .param("by", by).param("org", organisation.value()).param("id", id).update() > 0;
    }

    boolean reassign(OrganisationId organisation, UUID id, UUID owner) {
        return jdbc.sql("update aftercare_task set owner_id = :owner where organisation_id = :org and id = :id"
                + " and status = 'OPEN'").param("owner", owner).param("org", organisation.value()).param("id", id)
                .update() > 0;
    }

    void addContact(OrganisationId organisation, UUID caseId, UUID staff, LocalDate contactOn, String note,
            String by, Instant now) {
        jdbc.sql("insert into aftercare_contact (id, organisation_id, case_id, staff_id, contact_on, note, written_by,"
                + " created_at) values (:id, :org, :case, :staff, :on, :note, :by, :now)")
                .param("id", UUID.randomUUID()).param("org", organisation.value()).param("case", caseId)
                .param("staff", staff).param("on", contactOn).param("note", note).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    /** The contacts log of a case, staff names still to be filled in. */
    List<AftercareContact> contactsOf(OrganisationId organisation, UUID caseId) {
        return jdbc.sql("select id, staff_id, contact_on, note, written_by from aftercare_contact"
                + " where organisation_id = :org and case_id = :case order by contact_on desc, created_at desc")
                .param("org", organisation.value()).param("case", caseId).query(AftercareRepository::contact).list();
    }

    boolean concerns(OrganisationId organisation, UUID caseId, UUID staff) {
        return jdbc.sql("select exists (select 1 from aftercare_task where organisation_id = :org and case_id = :case"
                + " and staff_id = :staff)").param("org", organisation.value()).param("case", caseId)
                .param("staff", staff).query(Boolean.class).single();
    }

    List<AftercareTask> tasksAbout(OrganisationId organisation, UUID staff, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from aftercare_task where organisation_id = :org and staff_id = :staff"
                + " order by due_on").param("org", organisation.value()).param("staff", staff)
                .query((rs, n) -> task(rs, today)).list();
    }

    List<AftercareContact> contactsAbout(OrganisationId organisation, UUID staff) {
        return jdbc.sql("select id, staff_id, contact_on, note, written_by from aftercare_contact"
                + " where organisation_id = :org and staff_id = :staff order by contact_on")
                .param("org", organisation.value()).param("staff", staff).query(AftercareRepository::contact).list();
    }

    int deleteTasksDoneBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("delete from aftercare_task where organisation_id = :org and status = 'DONE'"
                + " and done_at < :cutOff").param("org", organisation.value()).param("cutOff", Timestamp.from(cutOff))
                .update();
    }

    int deleteContactsBefore(OrganisationId organisation, LocalDate cutOff) {
        return jdbc.sql("delete from aftercare_contact where organisation_id = :org and contact_on < :cutOff")
                .param("org", organisation.value()).param("cutOff", cutOff).update();
    }

    private static AftercareContact contact(ResultSet rs, int row) throws SQLException {
        return new AftercareContact(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class), "",
                rs.getObject("contact_on", LocalDate.class), rs.getString("note"), rs.getString("written_by"));
    }

    private static AftercareTask task(ResultSet rs, LocalDate today) throws SQLException {
        Timestamp doneAt = rs.getTimestamp("done_at");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String steps = rs.getString("checked_steps");
        return new AftercareTask(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_reference"), TaskKind.valueOf(rs.getString("kind")),
                rs.getObject("staff_id", UUID.class), null, rs.getObject("owner_id", UUID.class), null, due,
                doneAt == null ? null : doneAt.toInstant(), rs.getString("done_by"), rs.getString("note"),
                steps.isEmpty() ? List.of() : Arrays.asList(steps.split(",")), doneAt == null && due.isBefore(today));
    }
}
