package be.kompas.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.privacy.PurgeRun;
import be.kompas.tenancy.OrganisationId;

@Repository
class PurgeRunRepository {

    private final JdbcClient jdbc;

    PurgeRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrganisationId organisation, PurgeRun run) {
        jdbc.sql("""
                insert into purge_run (organisation_id, record_type, cut_off, purged, failed, ran_at, triggered_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisation.value(), run.recordType(), Timestamp.from(run.cutOff()), run.purged(),
                        run.failed(), Timestamp.from(run.ranAt()), run.triggeredBy())
                .update();
    }

    /** The latest run of each record type. */
    List<PurgeRun> latest(OrganisationId organisation) {
        return jdbc.sql("""
                select distinct on (record_type) * from purge_run where organisation_id = ?
                 order by record_type, id desc""")
                .param(organisation.value()).query(PurgeRunRepository::map).list();
    }

    private static PurgeRun map(ResultSet rs, int row) throws SQLException {
        return new PurgeRun(rs.getString("record_type"), rs.getTimestamp("cut_off").toInstant(), rs.getInt("purged"),
                rs.getBoolean("failed"), rs.getTimestamp("ran_at").toInstant(), rs.getString("triggered_by"));
    }
}
