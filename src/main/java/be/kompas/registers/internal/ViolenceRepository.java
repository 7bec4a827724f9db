package be.kompas.registers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.people.StaffMemberId;
import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.ViolenceReportInput;
import be.kompas.registers.ViolenceType;
import be.kompas.tenancy.OrganisationId;

@Repository
class ViolenceRepository extends StaffScopedRepository<ViolenceRepository.Row> {

    record Row(UUID id, StaffMemberId victim, String unitName, ViolenceReportInput input, Instant createdAt) {
    }

    ViolenceRepository(JdbcClient jdbc) {
        super(jdbc, "violence_report", "victim_id = :staff", "occurred_on",
                ViolenceRepository::row);
    }

    /** @param reference the record's number in MISI, for an imported one */
    void insert(OrganisationId organisation, UUID id, StaffMemberId victim, String unitName, ViolenceReportInput in,
            String source, @Nullable String reference, Instant now) {
        jdbc.sql("""
                insert into violence_report (id, organisation_id, victim_id, unit_name, occurred_on, place,
                  violence_type, injuries, incapacity_days, circumstances, aftercare_offered, legal_follow_up,
                  source, external_ref, created_at)
                values (:id, :org, :victim, :unit, :occurred, :place, :type, :injuries, :days, :circumstances,
                  :aftercare, :legal, :source, :reference, :now)""").param("id", id).param("org", organisation.value())
                .param("victim", victim.value()).param("unit", unitName).param("occurred", in.occurredOn())
                .param("place", in.place()).param("type", in.violenceType().name()).param("injuries", in.injuries())
                .param("days", in.incapacityDays()).param("circumstances", in.circumstances())
                .param("aftercare", in.aftercareOffered()).param("legal", in.legalFollowUp().name())
                .param("source", source).param("reference", reference).param("now", Timestamp.from(now)).update();
    }

    boolean imported(OrganisationId organisation, String reference) {
        return jdbc.sql("select count(*) from violence_report where organisation_id = :org and external_ref = :ref")
                .param("org", organisation.value()).param("ref", reference).query(Long.class).single() > 0;
    }

    int anonymiseBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("""
                update violence_report set victim_id = '00000000-0000-0000-0000-000000000000', injuries = '',
                  circumstances = '', place = ''
                where organisation_id = :org and created_at < :cutOff
                  and victim_id <> '00000000-0000-0000-0000-000000000000'""").param("org", organisation.value())
                .param("cutOff", Timestamp.from(cutOff)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("victim_id", UUID.class)),
                rs.getString("unit_name"), new ViolenceReportInput(rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("place"), ViolenceType.valueOf(rs.getString("violence_type")),
                        rs.getString("injuries"), rs.getInt("incapacity_days"), rs.getString("circumstances"),
                        rs.getBoolean("aftercare_offered"), LegalFollowUp.valueOf(rs.getString("legal_follow_up"))),
                rs.getTimestamp("created_at").toInstant());
    }
}
