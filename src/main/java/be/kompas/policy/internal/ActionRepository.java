package be.kompas.policy.internal;

import java.sql.Date;
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

import be.kompas.policy.ActionChange;
import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionNote;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Objective;
import be.kompas.policy.PlanAction;
import be.kompas.tenancy.OrganisationId;

@Repository
class ActionRepository {

    /** Codes sort by letter, then by number, so that B10 follows B9. */
    private static final String ORDER = " order by domain_order, substring(code from '^[A-Z]*'),"
            + " coalesce(nullif(substring(code from '[0-9]+'), ''), '0')::int, code";

    private static final String SELECT = """
            select *, array_position(array['POLICY','SELECTION','TRAINING','ENFORCEMENT','COMMUNICATION',
                   'POINTS_OF_ATTENTION']::varchar[], domain) as domain_order
              from policy_action where organisation_id = ?""";

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanAction> list(OrganisationId organisation, @Nullable ActionDomain domain, @Nullable ActionStatus status) {
        return jdbc.sql(SELECT + " and (cast(? as varchar) is null or domain = ?)"
                + " and (cast(? as varchar) is null or status = ?)" + ORDER)
                .params(organisation.value(), name(domain), name(domain), name(status), name(status))
                .query(ActionRepository::map).list();
    }

    Optional<PlanAction> find(OrganisationId organisation, ActionId action) {
        return jdbc.sql(SELECT + " and id = ?").params(organisation.value(), action.value())
                .query(ActionRepository::map).optional();
    }

    boolean codeTaken(OrganisationId organisation, String code, @Nullable ActionId except) {
        return jdbc.sql("select count(*) from policy_action where organisation_id = ? and code = ? and id <> ?")
                .params(organisation.value(), code, except == null ? new UUID(0, 0) : except.value())
                .query(Integer.class).single() > 0;
    }

    void insert(OrganisationId organisation, ActionId id, ActionChange action, Instant at) {
        jdbc.sql("""
                insert into policy_action (id, organisation_id, domain, code, title, objective, owner, partners,
                                           planned_quarter, due_date, status, indicator, evaluation, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), organisation.value(), action.domain().name(), action.code(), action.title(),
                        action.objective(), action.owner(), action.partners(), action.plannedQuarter(),
                        date(action.dueDate()),
                        action.status().name(), action.indicator(), action.evaluation(), Timestamp.from(at))
                .update();
    }

    void update(OrganisationId organisation, ActionId id, ActionChange action) {
        jdbc.sql("""
                update policy_action set domain = ?, code = ?, title = ?, objective = ?, owner = ?, partners = ?,
                       planned_quarter = ?, due_date = ?, status = ?, indicator = ?, evaluation = ?
                 where organisation_id = ? and id = ?""")
                .params(action.domain().name(), action.code(), action.title(), action.objective(), action.owner(),
                        action.partners(),
                        action.plannedQuarter(), date(action.dueDate()), action.status().name(), action.indicator(),
                        action.evaluation(), organisation.value(), id.value())
                .update();
    }

    void insertNote(OrganisationId organisation, ActionId action, String text, String by, Instant at) {
        jdbc.sql("""
                insert into policy_action_note (organisation_id, action_id, text, written_by, written_at)
                values (?, ?, ?, ?, ?)""")
                .params(organisation.value(), action.value(), text, by, Timestamp.from(at)).update();
    }

    List<ActionNote> notes(OrganisationId organisation, ActionId action) {
        return jdbc.sql("select * from policy_action_note where organisation_id = ? and action_id = ? order by id desc")
                .params(organisation.value(), action.value())
                .query((rs, row) -> new ActionNote(rs.getString("text"), rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    /**
     * Planned and running actions due before {@code today}, of every organisation: by their date, or else by the end of
     * their planned quarter or year.
     */
    List<OverdueAction> dueBefore(LocalDate today) {
        return jdbc.sql("""
                select id, organisation_id, code from policy_action
                 where policy_action_due(due_date, planned_quarter) < ? and status in ('PLANNED', 'IN_PROGRESS')""")
                .param(Date.valueOf(today))
                .query((rs, row) -> new OverdueAction(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        new ActionId(rs.getObject("id", UUID.class)), rs.getString("code")))
                .list();
    }

    void markOverdue(OverdueAction action) {
        jdbc.sql("update policy_action set status = 'OVERDUE' where organisation_id = ? and id = ?")
                .params(action.organisation().value(), action.id().value()).update();
    }

    List<Objective> objectives(OrganisationId organisation) {
        return jdbc.sql("""
                select * from policy_objective where organisation_id = ?
                 order by case when kind = 'STRATEGIC' then code else parent_code end, kind desc,
                          substring(code from '^[A-Z]*'), coalesce(nullif(substring(code from '[0-9]+'), ''), '0')::int""")
                .param(organisation.value())
                .query((rs, row) -> new Objective(rs.getString("code"), Objective.Kind.valueOf(rs.getString("kind")),
                        rs.getString("parent_code"), rs.getString("text")))
                .list();
    }

    void saveObjective(OrganisationId organisation, Objective objective) {
        jdbc.sql("""
                insert into policy_objective (organisation_id, code, kind, parent_code, text) values (?, ?, ?, ?, ?)
                on conflict (organisation_id, code) do update set kind = excluded.kind,
                       parent_code = excluded.parent_code, text = excluded.text""")
                .params(organisation.value(), objective.code(), objective.kind().name(), objective.parent(),
                        objective.text())
                .update();
    }

    record OverdueAction(OrganisationId organisation, ActionId id, String code) {
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static PlanAction map(ResultSet rs, int row) throws SQLException {
        var due = rs.getDate("due_date");
        return new PlanAction(new ActionId(rs.getObject("id", UUID.class)),
                ActionDomain.valueOf(rs.getString("domain")), rs.getString("code"), rs.getString("title"),
                rs.getString("objective"), rs.getString("owner"), rs.getString("partners"),
                rs.getString("planned_quarter"), due == null ? null : due.toLocalDate(),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("indicator"), rs.getString("evaluation"));
    }
}
