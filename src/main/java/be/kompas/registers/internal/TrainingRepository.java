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
import be.kompas.registers.TrainingCourse;
import be.kompas.tenancy.OrganisationId;

@Repository
class TrainingRepository extends StaffScopedRepository<TrainingRepository.Row> {

    record Row(UUID id, StaffMemberId staff, String unitName, String courseCode, LocalDate completedOn, String note,
            Instant createdAt) {
    }

    TrainingRepository(JdbcClient jdbc) {
        super(jdbc, "training_record", "staff_id = :staff", "completed_on", TrainingRepository::row);
    }

    List<TrainingCourse> courses(OrganisationId organisation) {
        return jdbc.sql("select * from training_course where organisation_id = :org order by code")
                .param("org", organisation.value())
                .query((rs, n) -> new TrainingCourse(rs.getString("code"), rs.getString("name"),
                        rs.getBoolean("dilemma"), rs.getBoolean("mandatory_all"),
                        SqlArrays.strings(rs.getArray("mandatory_functions")), (Integer) rs.getObject("renewal_months"),
                        rs.getBoolean("active")))
                .list();
    }

    void saveCourse(OrganisationId organisation, TrainingCourse c) {
        jdbc.sql("""
                insert into training_course (id, organisation_id, code, name, dilemma, mandatory_all,
                  mandatory_functions, renewal_months, active)
                values (:id, :org, :code, :name, :dilemma, :all, cast(:functions as text[]), :renewal, :active)
                on conflict (organisation_id, code) do update set name = excluded.name, dilemma = excluded.dilemma,
                  mandatory_all = excluded.mandatory_all, mandatory_functions = excluded.mandatory_functions,
                  renewal_months = excluded.renewal_months, active = excluded.active""")
                .param("id", UUID.randomUUID()).param("org", organisation.value()).param("code", c.code())
                .param("name", c.name()).param("dilemma", c.dilemma()).param("all", c.mandatoryAll())
                .param("functions", SqlArrays.literal(c.mandatoryFunctions())).param("renewal", c.renewalMonths())
                .param("active", c.active()).update();
    }

    void insert(OrganisationId organisation, UUID id, StaffMemberId staff, String unitName, String courseCode,
            LocalDate completedOn, String note, Instant now) {
        jdbc.sql("""
                insert into training_record (id, organisation_id, staff_id, unit_name, course_code, completed_on,
                  note, created_at)
                values (:id, :org, :staff, :unit, :code, :completed, :note, :now)""").param("id", id)
                .param("org", organisation.value()).param("staff", staff.value()).param("unit", unitName)
                .param("code", courseCode).param("completed", completedOn).param("note", note)
                .param("now", Timestamp.from(now)).update();
    }

    List<Row> all(OrganisationId organisation) {
        return jdbc.sql("select * from training_record where organisation_id = :org")
                .param("org", organisation.value()).query(TrainingRepository::row).list();
    }

    int deleteBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("delete from training_record where organisation_id = :org and created_at < :cutOff")
                .param("org", organisation.value()).param("cutOff", Timestamp.from(cutOff)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("staff_id", UUID.class)),
                rs.getString("unit_name"), rs.getString("course_code"), rs.getObject("completed_on", LocalDate.class),
                rs.getString("note"), rs.getTimestamp("created_at").toInstant());
    }
}
