package be.kompas.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.privacy.RetentionPeriod;
import be.kompas.privacy.RetentionPolicy;
import be.kompas.privacy.RetentionUnit;
import be.kompas.tenancy.OrganisationId;

@Repository
class RetentionPolicyRepository {

    private final JdbcClient jdbc;

    RetentionPolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrganisationId organisation, RetentionPolicy policy) {
        jdbc.sql("""
                insert into retention_policy (organisation_id, record_type, amount, unit, set_by, set_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organisation.value(), policy.recordType(), policy.period().amount(),
                        policy.period().unit().name(), policy.setBy(), Timestamp.from(policy.setAt()))
                .update();
    }

    /** The newest row of each record type. */
    List<RetentionPolicy> current(OrganisationId organisation) {
        return jdbc.sql("""
                select distinct on (record_type) * from retention_policy where organisation_id = ?
                 order by record_type, id desc""")
                .param(organisation.value()).query(RetentionPolicyRepository::map).list();
    }

    Optional<RetentionPolicy> current(OrganisationId organisation, String recordType) {
        return history(organisation, recordType).stream().findFirst();
    }

    List<RetentionPolicy> history(OrganisationId organisation, String recordType) {
        return jdbc.sql("select * from retention_policy where organisation_id = ? and record_type = ? order by id desc")
                .params(organisation.value(), recordType).query(RetentionPolicyRepository::map).list();
    }

    private static RetentionPolicy map(ResultSet rs, int row) throws SQLException {
        return new RetentionPolicy(rs.getString("record_type"),
                new RetentionPeriod(rs.getInt("amount"), RetentionUnit.valueOf(rs.getString("unit"))),
                rs.getString("set_by"), rs.getTimestamp("set_at").toInstant());
    }
}
