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
import be.kompas.registers.GiftInput;
import be.kompas.registers.GiftKind;
import be.kompas.registers.GiftWarning;
import be.kompas.tenancy.OrganisationId;

@Repository
class GiftRepository extends StaffScopedRepository<GiftRepository.Row> {

    record Row(UUID id, StaffMemberId staff, String unitName, GiftInput input, List<GiftWarning> warnings,
            boolean reviewed, String reviewRemark, Instant createdAt) {
    }

    GiftRepository(JdbcClient jdbc) {
        super(jdbc, "gift_declaration", "staff_id = :staff", "received_on",
                GiftRepository::row);
    }

    void insert(OrganisationId organisation, UUID id, StaffMemberId staff, String unitName, GiftInput in,
            List<GiftWarning> warnings, Instant now) {
        jdbc.sql("""
                insert into gift_declaration (id, organisation_id, staff_id, unit_name, kind, description, giver,
                  occasion, estimated_value, accepted, received_on, warnings, created_at)
                values (:id, :org, :staff, :unit, :kind, :description, :giver, :occasion, :value, :accepted,
                  :received, cast(:warnings as text[]), :now)""").param("id", id).param("org", organisation.value())
                .param("staff", staff.value()).param("unit", unitName).param("kind", in.kind().name())
                .param("description", in.description()).param("giver", in.giver()).param("occasion", in.occasion())
                .param("value", in.estimatedValue()).param("accepted", in.accepted())
                .param("received", in.receivedOn()).param("warnings", SqlArrays.literal(warnings))
                .param("now", Timestamp.from(now)).update();
    }

    void review(OrganisationId organisation, UUID id, String remark) {
        jdbc.sql("update gift_declaration set reviewed = true, review_remark = :remark"
                + " where organisation_id = :org and id = :id").param("remark", remark)
                .param("org", organisation.value()).param("id", id).update();
    }

    int anonymiseBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("""
                update gift_declaration set staff_id = '00000000-0000-0000-0000-000000000000', description = '',
                  occasion = '', review_remark = ''
                where organisation_id = :org and created_at < :cutOff
                  and staff_id <> '00000000-0000-0000-0000-000000000000'""").param("org", organisation.value())
                .param("cutOff", Timestamp.from(cutOff)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("staff_id", UUID.class)),
                rs.getString("unit_name"), new GiftInput(GiftKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), rs.getString("giver"), rs.getString("occasion"),
                        rs.getBigDecimal("estimated_value"), rs.getBoolean("accepted"),
                        rs.getObject("received_on", LocalDate.class)),
                SqlArrays.strings(rs.getArray("warnings")).stream().map(GiftWarning::valueOf).toList(),
                rs.getBoolean("reviewed"), rs.getString("review_remark"), rs.getTimestamp("created_at").toInstant());
    }
}
