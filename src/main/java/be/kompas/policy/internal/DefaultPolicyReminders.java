package be.kompas.policy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.UserManagement;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.policy.PolicyPermissions;
import be.kompas.policy.PolicyReminders;
import be.kompas.tenancy.OrganisationId;

/** Reads the due dates straight from the module's tables; the inbox drops a reminder whose key it has seen. */
@Service
@Transactional
class DefaultPolicyReminders implements PolicyReminders {

    private record Due(UUID organisation, UUID id, String reference, LocalDate due, @Nullable UUID owner) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final UserManagement users;
    private final AuditTrail trail;

    DefaultPolicyReminders(JdbcClient jdbc, Notifications notifications, UserManagement users, AuditTrail trail) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.users = users;
        this.trail = trail;
    }

    @Override
    public void assignOwner(OrganisationId organisation, Kind kind, UUID record, @Nullable UUID user) {
        var exists = jdbc.sql("select count(*) from " + table(kind) + " where organisation_id = ? and id = ?")
                .params(organisation.value(), record).query(Integer.class).single() > 0;
        if (!exists) {
            throw new RecordNotFoundException(recordType(kind), record);
        }
        jdbc.sql("delete from policy_reminder_owner where record_type = ? and record_id = ? and organisation_id = ?")
                .params(kind.name(), record, organisation.value()).update();
        if (user != null) {
            if (users.find(organisation, user).isEmpty()) {
                throw InvalidInputException.of("user", "is not an account of the organisation");
            }
            jdbc.sql("""
                    insert into policy_reminder_owner (record_type, record_id, organisation_id, user_id)
                    values (?, ?, ?, ?)""").params(kind.name(), record, organisation.value(), user).update();
        }
        trail.wrote("policy.reminder-owner.assigned", recordType(kind), record, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> owner(OrganisationId organisation, Kind kind, UUID record) {
        return jdbc.sql("""
                select user_id from policy_reminder_owner where record_type = ? and record_id = ?
                and organisation_id = ?""").params(kind.name(), record, organisation.value()).query(UUID.class)
                .optional();
    }

    @Override
    public int remind(LocalDate today) {
        var horizon = today.plusDays(DAYS_AHEAD);
        var sent = 0;
        for (var action : due("""
                select a.organisation_id, a.id, a.code as reference,
                       policy_action_due(a.due_date, a.planned_quarter) as due_date, o.user_id
                from policy_action a
                left join policy_reminder_owner o on o.record_type = 'ACTION' and o.record_id = a.id
                where policy_action_due(a.due_date, a.planned_quarter) <= ?
                and a.status in ('PLANNED', 'IN_PROGRESS', 'OVERDUE')""", horizon)) {
            sent += send(action, today, "action", "/policy/actions/" + action.id());
        }
        for (var recommendation : due("""
                select r.organisation_id, r.id, r.reference, r.due_date, o.user_id
                from policy_recommendation r
                left join policy_reminder_owner o on o.record_type = 'RECOMMENDATION' and o.record_id = r.id
                where r.due_date is not null and r.due_date <= ? and r.status <> 'IMPLEMENTED'""", horizon)) {
            sent += send(recommendation, today, "recommendation", "/policy/recommendations/" + recommendation.id());
        }
        return sent;
    }

    private List<Due> due(String sql, LocalDate horizon) {
        return jdbc.sql(sql).param(horizon)
                .query((rs, row) -> new Due(rs.getObject("organisation_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("reference"), rs.getObject("due_date", LocalDate.class),
                        rs.getObject("user_id", UUID.class)))
                .list();
    }

    private int send(Due due, LocalDate today, String kind, String link) {
        var overdue = due.due().isBefore(today);
        var state = overdue ? "overdue" : "due";
        var addressee = due.owner() != null ? Addressee.user(due.owner()) : Addressee.holdersOf(PolicyPermissions.MANAGE);
        var notice = new Notice(new OrganisationId(due.organisation()), addressee,
                "policy.reminder." + kind + "." + state, List.of(due.reference(), due.due().toString()), link,
                due.due(), "policy-" + kind + "-" + state + ":" + due.id() + ":" + due.due());
        return notifications.send(notice) ? 1 : 0;
    }

    private static String table(Kind kind) {
        return kind == Kind.ACTION ? "policy_action" : "policy_recommendation";
    }

    private static String recordType(Kind kind) {
        return kind == Kind.ACTION ? "policy.action" : "policy.recommendation";
    }
}
