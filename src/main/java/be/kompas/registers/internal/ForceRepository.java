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

import be.kompas.people.StaffMemberId;
import be.kompas.registers.ForceAnalysis;
import be.kompas.registers.ForceMeans;
import be.kompas.registers.ForceReportInput;
import be.kompas.registers.ForceStatus;
import be.kompas.registers.IncidentType;
import be.kompas.tenancy.OrganisationId;

@Repository
class ForceRepository extends StaffScopedRepository<ForceRepository.Row> {

    /** A stored report before names are looked up. */
    record Row(UUID id, StaffMemberId officer, String unitName, ForceReportInput input, ForceStatus status,
            @Nullable StaffMemberId supervisor, String supervisorRemark, String analysis, String lesson,
            String actionCode, String source, Instant createdAt) {
    }

    ForceRepository(JdbcClient jdbc) {
        super(jdbc, "force_report",
                "officer_id = :staff or supervisor_id = :staff or :staff = any(involved)", "occurred_on",
                ForceRepository::row);
    }

    List<ForceMeans> means(OrganisationId organisation) {
        return jdbc.sql("select code, name, active from force_means where organisation_id = :org order by name")
                .param("org", organisation.value())
                .query((rs, n) -> new ForceMeans(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    void addMeans(OrganisationId organisation, String code, String name) {
        jdbc.sql("insert into force_means (id, organisation_id, code, name) values (:id, :org, :code, :name)"
                + " on conflict (organisation_id, code) do nothing").param("id", UUID.randomUUID())
                .param("org", organisation.value()).param("code", code).param("name", name).update();
    }

    void setMeansActive(OrganisationId organisation, String code, boolean active) {
        jdbc.sql("update force_means set active = :active where organisation_id = :org and code = :code")
                .param("active", active).param("org", organisation.value()).param("code", code).update();
    }

    void insert(OrganisationId organisation, UUID id, StaffMemberId officer, String unitName, ForceReportInput input,
            @Nullable StaffMemberId supervisor, String source, Instant now) {
        jdbc.sql("""
                insert into force_report (id, organisation_id, officer_id, unit_name, occurred_on, place,
                  incident_type, involved, means, reason, subject_injuries, staff_injuries, medical_care, body_camera,
                  incident_report, went_well, did_well, would_repeat, status, supervisor_id, source, created_at,
                  updated_at)
                values (:id, :org, :officer, :unit, :occurred, :place, :type, cast(:involved as uuid[]), cast(:means as text[]), :reason,
                  :subjectInjuries, :staffInjuries, :medical, :camera, :report, :wentWell, :didWell, :wouldRepeat,
                  :status, :supervisor, :source, :now, :now)""").param("id", id).param("org", organisation.value())
                .param("officer", officer.value()).param("unit", unitName).param("supervisor",
                        supervisor == null ? null : supervisor.value())
                .param("status", ForceStatus.SUBMITTED.name()).param("source", source)
                .param("now", Timestamp.from(now)).params(inputParams(input)).update();
    }

    void update(OrganisationId organisation, UUID id, ForceReportInput input, Instant now) {
        jdbc.sql("""
                update force_report set occurred_on = :occurred, place = :place, incident_type = :type,
                  involved = cast(:involved as uuid[]), means = cast(:means as text[]), reason = :reason, subject_injuries = :subjectInjuries,
                  staff_injuries = :staffInjuries, medical_care = :medical, body_camera = :camera,
                  incident_report = :report, went_well = :wentWell, did_well = :didWell,
                  would_repeat = :wouldRepeat, status = 'SUBMITTED', updated_at = :now
                where organisation_id = :org and id = :id""").param("id", id).param("org", organisation.value())
                .param("now", Timestamp.from(now)).params(inputParams(input)).update();
    }

    private static java.util.Map<String, Object> inputParams(ForceReportInput input) {
        var params = new java.util.HashMap<String, Object>();
        params.put("occurred", input.occurredOn());
        params.put("place", input.place());
        params.put("type", input.incidentType().name());
        params.put("involved", SqlArrays.literal(input.involved()));
        params.put("means", SqlArrays.literal(input.means()));
        params.put("reason", input.reason());
        params.put("subjectInjuries", input.subjectInjuries());
        params.put("staffInjuries", input.staffInjuries());
        params.put("medical", input.medicalCare());
        params.put("camera", input.bodyCamera());
        params.put("report", input.incidentReport());
        params.put("wentWell", input.wentWell());
        params.put("didWell", input.didWell());
        params.put("wouldRepeat", input.wouldRepeat());
        return params;
    }

    void review(OrganisationId organisation, UUID id, ForceStatus status, String remark, Instant now) {
        jdbc.sql("update force_report set status = :status, supervisor_remark = :remark, updated_at = :now"
                + " where organisation_id = :org and id = :id").param("status", status.name())
                .param("remark", remark).param("now", Timestamp.from(now)).param("org", organisation.value())
                .param("id", id).update();
    }

    void analyse(OrganisationId organisation, UUID id, ForceAnalysis analysis, Instant now) {
        jdbc.sql("update force_report set status = 'ANALYSED', analysis = :analysis, lesson = :lesson,"
                + " action_code = :code, updated_at = :now where organisation_id = :org and id = :id")
                .param("analysis", analysis.analysis()).param("lesson", analysis.lesson())
                .param("code", analysis.actionCode()).param("now", Timestamp.from(now))
                .param("org", organisation.value()).param("id", id).update();
    }

    /** Reports whose last change is older than the cut-off lose the officer's free text and the names involved. */
    int anonymiseBefore(OrganisationId organisation, Instant cutOff) {
        return jdbc.sql("""
                update force_report set officer_id = '00000000-0000-0000-0000-000000000000', involved = '{}',
                  supervisor_id = null, reason = '', subject_injuries = '', staff_injuries = '', incident_report = '',
                  went_well = '', did_well = '', would_repeat = '', supervisor_remark = '', place = ''
                where organisation_id = :org and updated_at < :cutOff
                  and officer_id <> '00000000-0000-0000-0000-000000000000'""")
                .param("org", organisation.value()).param("cutOff", Timestamp.from(cutOff)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var supervisor = rs.getObject("supervisor_id", UUID.class);
        var input = new ForceReportInput(rs.getObject("occurred_on", LocalDate.class), rs.getString("place"),
                IncidentType.valueOf(rs.getString("incident_type")),
                SqlArrays.uuids(rs.getArray("involved")).stream().map(StaffMemberId::new).toList(),
                SqlArrays.strings(rs.getArray("means")), rs.getString("reason"), rs.getString("subject_injuries"),
                rs.getString("staff_injuries"), rs.getBoolean("medical_care"), rs.getBoolean("body_camera"),
                rs.getString("incident_report"), rs.getString("went_well"), rs.getString("did_well"),
                rs.getString("would_repeat"));
        return new Row(rs.getObject("id", UUID.class), new StaffMemberId(rs.getObject("officer_id", UUID.class)),
                rs.getString("unit_name"), input, ForceStatus.valueOf(rs.getString("status")),
                supervisor == null ? null : new StaffMemberId(supervisor), rs.getString("supervisor_remark"),
                rs.getString("analysis"), rs.getString("lesson"), rs.getString("action_code"), rs.getString("source"),
                rs.getTimestamp("created_at").toInstant());
    }

}
