package be.kompas.registers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.people.StaffMemberId;
import be.kompas.registers.Screening;
import be.kompas.registers.ScreeningKind;
import be.kompas.registers.ScreeningOutcome;
import be.kompas.tenancy.OrganisationId;

@Repository
class ScreeningRepository extends StaffScopedRepository<Screening> {

    ScreeningRepository(JdbcClient jdbc) {
        super(jdbc, "screening_record", "staff_id = :staff", "due_on",
                ScreeningRepository::row);
    }

    void insert(OrganisationId organisation, UUID id, StaffMemberId staff, ScreeningKind kind, LocalDate dueOn,
            Instant now) {
        jdbc.sql("insert into screening_record (id, organisation_id, staff_id, kind, due_on, created_at)"
                + " values (:id, :org, :staff, :kind, :due, :now)").param("id", id).param("org", organisation.value())
                .param("staff", staff.value()).param("kind", kind.name()).param("due", dueOn)
                .param("now", Timestamp.from(now)).update();
    }

    void record(OrganisationId organisation, UUID id, LocalDate doneOn, ScreeningOutcome outcome, String note) {
        jdbc.sql("update screening_record set done_on = :done, outcome = :outcome, outcome_note = :note"
                + " where organisation_id = :org and id = :id").param("done", doneOn).param("outcome", outcome.name())
                .param("note", note).param("org", organisation.value()).param("id", id).update();
    }

    List<Screening> all(OrganisationId organisation) {
        return jdbc.sql("select * from screening_record where organisation_id = :org order by due_on")
                .param("org", organisation.value()).query(ScreeningRepository::row).list();
    }

    int deleteDoneBefore(OrganisationId organisation, LocalDate cutOff) {
        return jdbc.sql("delete from screening_record where organisation_id = :org and done_on < :cutOff")
                .param("org", organisation.value()).param("cutOff", cutOff).update();
    }

    /** Names are filled in by the service. */
    private static Screening row(ResultSet rs, int n) throws SQLException {
        var outcome = rs.getString("outcome");
        return new Screening(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("staff_id", UUID.class)),
                "", ScreeningKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class), outcome == null ? null : ScreeningOutcome.valueOf(outcome),
                rs.getString("outcome_note"), rs.getTimestamp("created_at").toInstant());
    }
}
