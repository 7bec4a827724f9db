package be.kompas.registers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.people.StaffMemberId;
import be.kompas.people.UnitId;
import be.kompas.registers.AlcoholDrugDraw;
import be.kompas.registers.AlcoholDrugTest;
import be.kompas.registers.AlcoholDrugTestInput;
import be.kompas.registers.SubstanceKind;
import be.kompas.registers.TestFollowUp;
import be.kompas.registers.TestResult;
import be.kompas.tenancy.OrganisationId;

@Repository
class AlcoholDrugRepository extends StaffScopedRepository<AlcoholDrugTest> {

    AlcoholDrugRepository(JdbcClient jdbc) {
        super(jdbc, "alcohol_drug_test", "staff_id = :staff", "tested_on", AlcoholDrugRepository::row);
    }

    void insert(OrganisationId organisation, UUID id, @Nullable UUID draw, StaffMemberId staff, String unitName,
            AlcoholDrugTestInput input, Instant now) {
        jdbc.sql("""
                insert into alcohol_drug_test (id, organisation_id, draw_id, staff_id, unit_name, substance, tested_on,
                  result, test_values, follow_up, follow_up_note, created_at)
                values (:id, :org, :draw, :staff, :unit, :substance, :testedOn, :result, :values, :followUp, :note,
                  :now)""").param("id", id).param("org", organisation.value()).param("draw", draw)
                .param("staff", staff.value()).param("unit", unitName).param("substance", input.substance().name())
                .param("testedOn", input.testedOn())
                .param("result", input.result() == null ? null : input.result().name())
                .param("values", input.values()).param("followUp", input.followUp().name())
                .param("note", input.followUpNote()).param("now", Timestamp.from(now)).update();
    }

    void update(OrganisationId organisation, UUID id, AlcoholDrugTestInput input) {
        jdbc.sql("""
                update alcohol_drug_test set substance = :substance, tested_on = :testedOn, result = :result,
                  test_values = :values, follow_up = :followUp, follow_up_note = :note
                where organisation_id = :org and id = :id""").param("substance", input.substance().name())
                .param("testedOn", input.testedOn())
                .param("result", input.result() == null ? null : input.result().name())
                .param("values", input.values()).param("followUp", input.followUp().name())
                .param("note", input.followUpNote()).param("org", organisation.value()).param("id", id).update();
    }

    void insertDraw(OrganisationId organisation, AlcoholDrugDraw draw, @Nullable UnitId unit) {
        jdbc.sql("""
                insert into alcohol_drug_draw (id, organisation_id, drawn_at, drawn_by, unit_id, unit_name, substance,
                  test_on, requested_count, requested_percent, seed, population, selected)
                values (:id, :org, :at, :by, :unit, :unitName, :substance, :testOn, :count, :percent, :seed,
                  cast(:population as uuid[]), cast(:selected as uuid[]))""").param("id", draw.id())
                .param("org", organisation.value()).param("at", Timestamp.from(draw.drawnAt()))
                .param("by", draw.drawnBy()).param("unit", unit == null ? null : unit.value())
                .param("unitName", draw.unitName()).param("substance", draw.substance().name())
                .param("testOn", draw.testOn()).param("count", draw.requestedCount())
                .param("percent", draw.requestedPercent()).param("seed", draw.seed())
                .param("population", SqlArrays.literal(draw.population().stream().map(StaffMemberId::value)
                        .toList()))
                .param("selected", SqlArrays.literal(draw.selected().stream().map(StaffMemberId::value).toList()))
                .update();
    }

    List<AlcoholDrugDraw> draws(OrganisationId organisation) {
        return jdbc.sql("select * from alcohol_drug_draw where organisation_id = :org order by drawn_at desc")
                .param("org", organisation.value()).query(AlcoholDrugRepository::draw).list();
    }

    Optional<AlcoholDrugDraw> findDraw(OrganisationId organisation, UUID id) {
        return jdbc.sql("select * from alcohol_drug_draw where organisation_id = :org and id = :id")
                .param("org", organisation.value()).param("id", id).query(AlcoholDrugRepository::draw).optional();
    }

    List<AlcoholDrugTest> ofDraw(OrganisationId organisation, UUID draw) {
        return jdbc.sql("select * from alcohol_drug_test where organisation_id = :org and draw_id = :draw")
                .param("org", organisation.value()).param("draw", draw).query(AlcoholDrugRepository::row).list();
    }

    /**
     * Removes who was tested and what was read from tests before the cut-off; the date, kind and result stay for the
     * yearly counts. A draw's lists of staff go with them.
     */
    int anonymiseBefore(OrganisationId organisation, Instant cutOff) {
        int tests = jdbc.sql("""
                update alcohol_drug_test set staff_id = '00000000-0000-0000-0000-000000000000', test_values = '',
                  follow_up_note = '', unit_name = ''
                where organisation_id = :org and created_at < :cutOff
                  and staff_id <> '00000000-0000-0000-0000-000000000000'""").param("org", organisation.value())
                .param("cutOff", Timestamp.from(cutOff)).update();
        jdbc.sql("""
                update alcohol_drug_draw set population = '{}', selected = '{}'
                where organisation_id = :org and drawn_at < :cutOff and cardinality(population) > 0""")
                .param("org", organisation.value()).param("cutOff", Timestamp.from(cutOff)).update();
        return tests;
    }

    /** Names are filled in by the service. */
    private static AlcoholDrugTest row(ResultSet rs, int n) throws SQLException {
        var result = rs.getString("result");
        return new AlcoholDrugTest(rs.getObject("id", UUID.class), rs.getObject("draw_id", UUID.class),
                new StaffMemberId(rs.getObject("staff_id", UUID.class)), "", rs.getString("unit_name"),
                new AlcoholDrugTestInput(SubstanceKind.valueOf(rs.getString("substance")),
                        rs.getObject("tested_on", LocalDate.class), result == null ? null : TestResult.valueOf(result),
                        rs.getString("test_values"), TestFollowUp.valueOf(rs.getString("follow_up")),
                        rs.getString("follow_up_note")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static AlcoholDrugDraw draw(ResultSet rs, int n) throws SQLException {
        return new AlcoholDrugDraw(rs.getObject("id", UUID.class), rs.getTimestamp("drawn_at").toInstant(),
                rs.getString("drawn_by"), rs.getString("unit_name"), SubstanceKind.valueOf(rs.getString("substance")),
                rs.getObject("test_on", LocalDate.class), (Integer) rs.getObject("requested_count"),
                (Integer) rs.getObject("requested_percent"), rs.getLong("seed"),
                SqlArrays.uuids(rs.getArray("population")).stream().map(StaffMemberId::new).toList(),
                SqlArrays.uuids(rs.getArray("selected")).stream().map(StaffMemberId::new).toList());
    }
}
