package be.kompas.registers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.people.StaffMemberId;
import be.kompas.registers.OathKind;
import be.kompas.registers.OathRecord;
import be.kompas.tenancy.OrganisationId;

@Repository
class OathRepository extends StaffScopedRepository<OathRecord> {

    OathRepository(JdbcClient jdbc) {
        super(jdbc, "oath_record", "staff_id = :staff", "signed_on", OathRepository::row);
    }

    void insert(OrganisationId organisation, UUID id, StaffMemberId staff, String unitName, OathKind kind,
            String document, LocalDate signedOn, Instant now) {
        jdbc.sql("""
                insert into oath_record (id, organisation_id, staff_id, unit_name, kind, document, signed_on,
                  created_at)
                values (:id, :org, :staff, :unit, :kind, :document, :signed, :now)""").param("id", id)
                .param("org", organisation.value()).param("staff", staff.value()).param("unit", unitName)
                .param("kind", kind.name()).param("document", document).param("signed", signedOn)
                .param("now", Timestamp.from(now)).update();
    }

    /** Who took the oath or made the affirmation. */
    Set<StaffMemberId> sworn(OrganisationId organisation) {
        return jdbc.sql("select distinct staff_id from oath_record where organisation_id = :org"
                + " and kind in ('OATH', 'AFFIRMATION')").param("org", organisation.value())
                .query((rs, n) -> new StaffMemberId(rs.getObject(1, UUID.class))).stream()
                .collect(Collectors.toSet());
    }

    int deleteBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("delete from oath_record where organisation_id = :org and created_at < :cutOff")
                .param("org", organisation.value()).param("cutOff", Timestamp.from(cutOff)).update();
    }

    /** Names are filled in by the service. */
    private static OathRecord row(ResultSet rs, int n) throws SQLException {
        return new OathRecord(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("staff_id", UUID.class)),
                "", rs.getString("unit_name"), OathKind.valueOf(rs.getString("kind")), rs.getString("document"),
                rs.getObject("signed_on", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }
}
