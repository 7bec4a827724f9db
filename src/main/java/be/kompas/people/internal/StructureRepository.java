package be.kompas.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.people.JobFunction;
import be.kompas.people.JobFunctionId;
import be.kompas.people.StaffMemberId;
import be.kompas.people.Unit;
import be.kompas.people.UnitId;
import be.kompas.people.UnitKind;
import be.kompas.tenancy.OrganisationId;

/** Units and job functions; every statement is bound to one organisation. */
@Repository
class StructureRepository {

    private final JdbcClient jdbc;

    StructureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> units(OrganisationId organisation) {
        return jdbc.sql("select * from unit where organisation_id = ? order by lower(name)")
                .param(organisation.value()).query(StructureRepository::unit).list();
    }

    Optional<Unit> unit(OrganisationId organisation, UnitId id) {
        return jdbc.sql("select * from unit where organisation_id = ? and id = ?")
                .params(organisation.value(), id.value()).query(StructureRepository::unit).optional();
    }

    boolean unitCodeTaken(OrganisationId organisation, String code) {
        return jdbc.sql("select count(*) from unit where organisation_id = ? and lower(code) = lower(?)")
                .params(organisation.value(), code).query(Long.class).single() > 0;
    }

    void insertUnit(OrganisationId organisation, UnitId id, @Nullable UnitId parent, String code, String name,
            UnitKind kind) {
        jdbc.sql("insert into unit (id, organisation_id, parent_id, code, name, kind) values (?, ?, ?, ?, ?, ?)")
                .params(id.value(), organisation.value(), parent == null ? null : parent.value(), code, name,
                        kind.name())
                .update();
    }

    int renameUnit(OrganisationId organisation, UnitId id, String name) {
        return jdbc.sql("update unit set name = ? where organisation_id = ? and id = ?")
                .params(name, organisation.value(), id.value()).update();
    }

    int setHead(OrganisationId organisation, UnitId id, @Nullable StaffMemberId head) {
        return jdbc.sql("update unit set head_id = ? where organisation_id = ? and id = ?")
                .params(head == null ? null : head.value(), organisation.value(), id.value()).update();
    }

    List<JobFunction> functions(OrganisationId organisation) {
        return jdbc.sql("select * from job_function where organisation_id = ? order by lower(name)")
                .param(organisation.value()).query(StructureRepository::function).list();
    }

    Optional<JobFunction> function(OrganisationId organisation, JobFunctionId id) {
        return jdbc.sql("select * from job_function where organisation_id = ? and id = ?")
                .params(organisation.value(), id.value()).query(StructureRepository::function).optional();
    }

    boolean functionNameTaken(OrganisationId organisation, String name) {
        return jdbc.sql("select count(*) from job_function where organisation_id = ? and lower(name) = lower(?)")
                .params(organisation.value(), name).query(Long.class).single() > 0;
    }

    void insertFunction(OrganisationId organisation, JobFunctionId id, String name, boolean vulnerable) {
        jdbc.sql("insert into job_function (id, organisation_id, name, vulnerable) values (?, ?, ?, ?)")
                .params(id.value(), organisation.value(), name, vulnerable).update();
    }

    int markVulnerable(OrganisationId organisation, JobFunctionId id, boolean vulnerable) {
        return jdbc.sql("update job_function set vulnerable = ? where organisation_id = ? and id = ?")
                .params(vulnerable, organisation.value(), id.value()).update();
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        UUID head = rs.getObject("head_id", UUID.class);
        return new Unit(new UnitId(rs.getObject("id", UUID.class)), parent == null ? null : new UnitId(parent),
                rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                head == null ? null : new StaffMemberId(head));
    }

    private static JobFunction function(ResultSet rs, int row) throws SQLException {
        return new JobFunction(new JobFunctionId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getBoolean("vulnerable"));
    }
}
