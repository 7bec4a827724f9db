package be.kompas.policy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.AnnualPlan;
import be.kompas.policy.AnnualPlanItem;
import be.kompas.policy.HouseElement;
import be.kompas.tenancy.OrganisationId;

/** One small table; its SQL stays here. */
@Service
@Transactional
class DefaultAnnualPlan implements AnnualPlan {

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultAnnualPlan(JdbcClient jdbc, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnualPlanItem> items(OrganisationId organisation, int year) {
        return jdbc.sql("""
                select * from policy_annual_plan_item where organisation_id = ? and year = ?
                 order by array_position(array['ETHICAL_CLIMATE','LEADERSHIP','PROTECT','EMPOWER','LIMIT',
                          'COMMUNICATION','MONITOR','OTHER']::varchar[], element), created_at""")
                .params(organisation.value(), year)
                .query((rs, row) -> new AnnualPlanItem(rs.getObject("id", UUID.class), rs.getInt("year"),
                        HouseElement.valueOf(rs.getString("element")), rs.getString("activity"),
                        rs.getString("timing"), ActionStatus.valueOf(rs.getString("status")), rs.getString("how"),
                        rs.getString("need_who"), rs.getString("need_what")))
                .list();
    }

    @Override
    public void add(OrganisationId organisation, AnnualPlanItem item) {
        if (item.activity().isBlank()) {
            throw InvalidInputException.of("activity", "must not be blank");
        }
        if (item.year() < 2000 || item.year() > 2100) {
            throw InvalidInputException.of("year", "must be between 2000 and 2100");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_annual_plan_item (id, organisation_id, year, element, activity, timing, status, how,
                                                     need_who, need_what, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.value(), item.year(), item.element().name(), item.activity().strip(),
                        item.timing().strip(), item.status().name(), item.how().strip(), item.needWho().strip(),
                        item.needWhat().strip(), Timestamp.from(clock.instant()))
                .update();
        trail.wrote("policy.annualPlan.created", "policy.annualPlan", id, item.activity());
    }
}
