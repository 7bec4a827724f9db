package be.kompas.registers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.core.PageRequest;
import be.kompas.people.StaffMemberId;
import be.kompas.registers.AncillaryInput;
import be.kompas.registers.AncillaryStatus;
import be.kompas.tenancy.OrganisationId;

@Repository
class AncillaryRepository extends StaffScopedRepository<AncillaryRepository.Row> {

    record Row(UUID id, StaffMemberId staff, String unitName, AncillaryInput input, List<String> alerts,
            AncillaryStatus status, @Nullable StaffMemberId adviser, @Nullable Boolean favourable, String adviceText,
            String decisionReasons, String conditions, @Nullable LocalDate validUntil, Instant createdAt) {
    }

    private static final String SCOPE = " and (staff_id = :staff or adviser_id = :staff)";

    AncillaryRepository(JdbcClient jdbc) {
        super(jdbc, "ancillary_activity", "staff_id = :staff or adviser_id = :staff",
                "created_at", AncillaryRepository::row);
    }

    void insert(OrganisationId organisation, UUID id, StaffMemberId staff, String unitName, AncillaryInput in,
            List<String> alerts, AncillaryStatus status, @Nullable StaffMemberId adviser, Instant now) {
        jdbc.sql("""
                insert into ancillary_activity (id, organisation_id, staff_id, unit_name, activity, employer,
                  hours_per_month, paid, conflicts, starts_on, alerts, status, adviser_id, created_at, updated_at)
                values (:id, :org, :staff, :unit, :activity, :employer, :hours, :paid, :conflicts, :startsOn,
                  cast(:alerts as text[]), :status, :adviser, :now, :now)""").param("id", id)
                .param("org", organisation.value()).param("staff", staff.value()).param("unit", unitName)
                .param("activity", in.activity()).param("employer", in.employer()).param("hours", in.hoursPerMonth())
                .param("paid", in.paid()).param("conflicts", in.conflicts()).param("startsOn", in.startsOn()).param("alerts", SqlArrays.literal(alerts))
                .param("status", status.name()).param("adviser", adviser == null ? null : adviser.value())
                .param("now", Timestamp.from(now)).update();
    }

    void advise(OrganisationId organisation, UUID id, boolean favourable, String text, Instant now) {
        jdbc.sql("update ancillary_activity set advice = :advice, advice_text = :text, status = 'AWAITING_DECISION',"
                + " updated_at = :now where organisation_id = :org and id = :id")
                .param("advice", favourable ? "FAVOURABLE" : "UNFAVOURABLE").param("text", text)
                .param("now", Timestamp.from(now)).param("org", organisation.value()).param("id", id).update();
    }

    void decide(OrganisationId organisation, UUID id, AncillaryStatus status, String reasons, String conditions,
            @Nullable LocalDate validUntil, Instant now) {
        jdbc.sql("update ancillary_activity set status = :status, decision_reasons = :reasons,"
                + " conditions = :conditions, valid_until = :until, updated_at = :now"
                + " where organisation_id = :org and id = :id").param("status", status.name())
                .param("reasons", reasons).param("conditions", conditions).param("until", validUntil)
                .param("now", Timestamp.from(now)).param("org", organisation.value()).param("id", id).update();
    }

    List<Row> page(OrganisationId organisation, @Nullable UUID staff, @Nullable String unit, PageRequest page) {
        return jdbc.sql("select * from ancillary_activity where organisation_id = :org" + (staff == null ? "" : SCOPE)
                + (unit == null ? "" : " and unit_name = :unit")
                + " order by created_at desc limit :limit offset :offset").param("org", organisation.value())
                .param("staff", staff).param("unit", unit).param("limit", page.size()).param("offset", page.offset())
                .query(AncillaryRepository::row).list();
    }

    long count(OrganisationId organisation, @Nullable UUID staff, @Nullable String unit) {
        return jdbc.sql("select count(*) from ancillary_activity where organisation_id = :org"
                + (staff == null ? "" : SCOPE) + (unit == null ? "" : " and unit_name = :unit"))
                .param("org", organisation.value()).param("staff", staff).param("unit", unit).query(Long.class)
                .single();
    }

    /** Only the applicant's own: advice given is not about the adviser. */
    @Override
    List<Row> about(OrganisationId organisation, UUID staff) {
        return jdbc.sql("select * from ancillary_activity where organisation_id = :org and staff_id = :staff")
                .param("org", organisation.value()).param("staff", staff).query(AncillaryRepository::row).list();
    }

    int anonymiseBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("""
                update ancillary_activity set staff_id = '00000000-0000-0000-0000-000000000000', adviser_id = null,
                  activity = '', employer = '', conflicts = '', advice_text = '', decision_reasons = '',
                  conditions = ''
                where organisation_id = :org and updated_at < :cutOff
                  and staff_id <> '00000000-0000-0000-0000-000000000000'""").param("org", organisation.value())
                .param("cutOff", Timestamp.from(cutOff)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var adviser = rs.getObject("adviser_id", UUID.class);
        var advice = rs.getString("advice");
        return new Row(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("staff_id", UUID.class)),
                rs.getString("unit_name"), new AncillaryInput(rs.getString("activity"), rs.getString("employer"),
                        rs.getInt("hours_per_month"), rs.getBoolean("paid"), rs.getString("conflicts"),
                        rs.getObject("starts_on", LocalDate.class)),
                SqlArrays.strings(rs.getArray("alerts")), AncillaryStatus.valueOf(rs.getString("status")),
                adviser == null ? null : new StaffMemberId(adviser),
                advice == null ? null : "FAVOURABLE".equals(advice), rs.getString("advice_text"),
                rs.getString("decision_reasons"), rs.getString("conditions"),
                rs.getObject("valid_until", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }
}
