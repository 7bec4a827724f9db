package be.kompas.registers.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.people.StaffMemberId;
import be.kompas.registers.CareTask;
import be.kompas.tenancy.OrganisationId;

@Repository
class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(OrganisationId organisation, CareTask.Kind kind, UUID source, StaffMemberId staff, Instant now) {
        jdbc.sql("insert into register_task (id, organisation_id, kind, source_id, staff_id, created_at)"
                + " values (:id, :org, :kind, :source, :staff, :now)").param("id", UUID.randomUUID())
                .param("org", organisation.value()).param("kind", kind.name()).param("source", source)
                .param("staff", staff.value()).param("now", Timestamp.from(now)).update();
    }

    List<CareTask> open(OrganisationId organisation) {
        return jdbc.sql("select id, kind, source_id, staff_id, created_at from register_task"
                + " where organisation_id = :org and status = 'OPEN' order by created_at")
                .param("org", organisation.value())
                .query((rs, n) -> new CareTask(rs.getObject(1, UUID.class), CareTask.Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), new StaffMemberId(rs.getObject(4, UUID.class)), "",
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    boolean close(OrganisationId organisation, UUID task, Instant now) {
        return jdbc.sql("update register_task set status = 'DONE', done_at = :now"
                + " where organisation_id = :org and id = :id and status = 'OPEN'").param("now", Timestamp.from(now))
                .param("org", organisation.value()).param("id", task).update() > 0;
    }
}
