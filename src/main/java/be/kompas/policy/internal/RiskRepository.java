package be.kompas.policy.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.policy.ActionId;
import be.kompas.policy.ControlMeasure;
import be.kompas.policy.Effect;
import be.kompas.policy.Exposure;
import be.kompas.policy.Probability;
import be.kompas.policy.RiskAssessment;
import be.kompas.policy.RiskFamily;
import be.kompas.policy.RiskId;
import be.kompas.policy.RiskSession;
import be.kompas.policy.RiskSource;
import be.kompas.policy.RiskSummary;
import be.kompas.policy.ScaleValue;
import be.kompas.policy.Scores;
import be.kompas.tenancy.OrganisationId;

@Repository
class RiskRepository {

    private static final String CURRENT = """
            select r.*, a.gross_probability, a.gross_exposure, a.gross_effect, a.net_probability, a.net_exposure,
                   a.net_effect
              from policy_risk r
              join lateral (select * from policy_risk_assessment a where a.risk_id = r.id order by a.id desc limit 1) a
                on true
             where r.organisation_id = ?""";

    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RiskSummary> all(OrganisationId organisation) {
        return jdbc.sql(CURRENT).param(organisation.value()).query(RiskRepository::summary).list();
    }

    Optional<RiskSummary> find(OrganisationId organisation, RiskId risk) {
        return jdbc.sql(CURRENT + " and r.id = ?").params(organisation.value(), risk.value())
                .query(RiskRepository::summary).optional();
    }

    String description(OrganisationId organisation, RiskId risk) {
        return jdbc.sql("select description from policy_risk where organisation_id = ? and id = ?")
                .params(organisation.value(), risk.value()).query(String.class).single();
    }

    void insert(OrganisationId organisation, RiskId risk, String title, String description, RiskFamily family,
            List<String> functions, List<String> units, @Nullable Integer templateRow, Instant at) {
        jdbc.sql("""
                insert into policy_risk (id, organisation_id, title, description, family, functions, units,
                                         template_row, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(risk.value(), organisation.value(), title, description, family.name(), join(functions),
                        join(units), templateRow, Timestamp.from(at))
                .update();
    }

    void insertAssessment(OrganisationId organisation, RiskId risk, Scores gross, Scores net, String note,
            String by, Instant at) {
        jdbc.sql("""
                insert into policy_risk_assessment (organisation_id, risk_id, gross_probability, gross_exposure,
                       gross_effect, net_probability, net_exposure, net_effect, note, assessed_by, assessed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisation.value(), risk.value(), gross.probability().value(), gross.exposure().value(),
                        gross.effect().value(), net.probability().value(), net.exposure().value(),
                        net.effect().value(), note, by, Timestamp.from(at))
                .update();
    }

    List<RiskAssessment> history(OrganisationId organisation, RiskId risk) {
        return jdbc.sql("""
                select * from policy_risk_assessment where organisation_id = ? and risk_id = ? order by id desc""")
                .params(organisation.value(), risk.value())
                .query((rs, row) -> new RiskAssessment(rs.getLong("id"), scores(rs, "gross_"), scores(rs, "net_"),
                        rs.getString("note"), rs.getString("assessed_by"),
                        rs.getTimestamp("assessed_at").toInstant()))
                .list();
    }

    boolean hasTemplateRow(OrganisationId organisation, int row) {
        return jdbc.sql("select count(*) from policy_risk where organisation_id = ? and template_row = ?")
                .params(organisation.value(), row).query(Integer.class).single() > 0;
    }

    void insertMeasure(OrganisationId organisation, RiskId risk, String description, String owner, Instant at) {
        jdbc.sql("""
                insert into policy_control_measure (id, organisation_id, risk_id, description, owner, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation.value(), risk.value(), description, owner, Timestamp.from(at))
                .update();
    }

    List<ControlMeasure> measures(OrganisationId organisation, RiskId risk) {
        return jdbc.sql("""
                select * from policy_control_measure where organisation_id = ? and risk_id = ? order by created_at""")
                .params(organisation.value(), risk.value())
                .query((rs, row) -> new ControlMeasure(rs.getObject("id", UUID.class), rs.getString("description"),
                        rs.getString("owner")))
                .list();
    }

    void link(OrganisationId organisation, RiskId risk, ActionId action) {
        jdbc.sql("""
                insert into policy_risk_action (organisation_id, risk_id, action_id) values (?, ?, ?)
                on conflict do nothing""").params(organisation.value(), risk.value(), action.value()).update();
    }

    List<ActionId> linkedActions(OrganisationId organisation, RiskId risk) {
        return jdbc.sql("select action_id from policy_risk_action where organisation_id = ? and risk_id = ?")
                .params(organisation.value(), risk.value())
                .query((rs, row) -> new ActionId(rs.getObject("action_id", UUID.class))).list();
    }

    void insertSession(OrganisationId organisation, LocalDate heldOn, String participants, Set<RiskSource> sources,
            String notes, String by, Instant at) {
        jdbc.sql("""
                insert into policy_risk_session (id, organisation_id, held_on, participants, sources, notes,
                                                 recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organisation.value(), Date.valueOf(heldOn), participants,
                        join(sources.stream().map(RiskSource::name).sorted().toList()),
                        notes, by, Timestamp.from(at))
                .update();
    }

    List<RiskSession> sessions(OrganisationId organisation) {
        return jdbc.sql("select * from policy_risk_session where organisation_id = ? order by held_on desc")
                .param(organisation.value())
                .query((rs, row) -> new RiskSession(rs.getObject("id", UUID.class),
                        rs.getDate("held_on").toLocalDate(), rs.getString("participants"),
                        split(rs.getString("sources")).stream().map(RiskSource::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RiskSource.class))),
                        rs.getString("notes")))
                .list();
    }

    private static RiskSummary summary(ResultSet rs, int row) throws SQLException {
        return new RiskSummary(new RiskId(rs.getObject("id", UUID.class)), rs.getString("title"),
                RiskFamily.valueOf(rs.getString("family")), split(rs.getString("functions")),
                split(rs.getString("units")), scores(rs, "gross_"), scores(rs, "net_"));
    }

    private static Scores scores(ResultSet rs, String prefix) throws SQLException {
        return new Scores(step(Probability.class, rs.getBigDecimal(prefix + "probability")),
                step(Exposure.class, rs.getBigDecimal(prefix + "exposure")),
                step(Effect.class, rs.getBigDecimal(prefix + "effect")));
    }

    private static <S extends Enum<S> & ScaleValue> S step(Class<S> scale, BigDecimal value) {
        return ScaleValue.of(scale, value).orElseThrow();
    }

    /** Names are kept one per line, so that a name may hold a comma. */
    private static String join(List<String> names) {
        return String.join("\n", names);
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split("\n")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
