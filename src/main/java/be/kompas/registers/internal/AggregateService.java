package be.kompas.registers.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.identity.KompasUser;
import be.kompas.registers.Count;
import be.kompas.registers.NationalAggregate;
import be.kompas.registers.RegisterPermissions;

/** The one query in the registers that crosses organisations: it returns counts and nothing else. */
@Service
@Transactional
class AggregateService implements NationalAggregate {

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    AggregateService(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    @Override
    public Map<String, List<Count>> figures(KompasUser viewer, int year) {
        if (!viewer.can(RegisterPermissions.AGGREGATE)) {
            throw new AccessDeniedException("No permission for the national aggregate");
        }
        var figures = new LinkedHashMap<String, List<Count>>();
        figures.put("registers.national.totals", counts(year, """
                select 'registers.nav.force', count(*) from force_report where extract(year from occurred_on) = :y
                union all select 'registers.nav.violence', count(*) from violence_report
                  where extract(year from occurred_on) = :y
                union all select 'registers.nav.gifts', count(*) from gift_declaration
                  where extract(year from received_on) = :y
                union all select 'registers.nav.ancillary', count(*) from ancillary_activity
                  where extract(year from created_at) = :y
                union all select 'registers.nav.screenings', count(*) from screening_record
                  where extract(year from due_on) = :y
                union all select 'registers.nav.alcoholDrug', count(*) from alcohol_drug_test
                  where extract(year from tested_on) = :y and result is not null
                union all select 'registers.nav.training', count(*) from training_record
                  where extract(year from completed_on) = :y
                union all select 'registers.nav.oath', count(*) from oath_record
                  where extract(year from signed_on) = :y""", ""));
        figures.put("registers.stats.byIncidentType", counts(year, "select incident_type, count(*) from force_report"
                + " where extract(year from occurred_on) = :y group by 1", "registers.incidentType."));
        figures.put("registers.stats.byMeans", counts(year, "select m, count(*) from force_report, unnest(means) m"
                + " where extract(year from occurred_on) = :y and m in (" + String.join(", ",
                        ForceService.SEEDED_MEANS.stream().map(c -> "'" + c + "'").toList()) + ") group by 1",
                "registers.means.seed."));
        figures.put("registers.stats.byViolenceType", counts(year, "select violence_type, count(*) from"
                + " violence_report where extract(year from occurred_on) = :y group by 1", "registers.violenceType."));
        figures.put("registers.stats.byIncapacity", counts(year, "select case when incapacity_days >= 1 then 'YES'"
                + " else 'NO' end, count(*) from violence_report where extract(year from occurred_on) = :y group by 1",
                "registers.violence.incapacity."));
        figures.put("registers.stats.byGiftKind", counts(year, "select kind, count(*) from gift_declaration"
                + " where extract(year from received_on) = :y group by 1", "registers.giftKind."));
        figures.put("registers.national.ancillaryStatus", counts(year, "select status, count(*) from"
                + " ancillary_activity where extract(year from created_at) = :y group by 1",
                "registers.ancillary.status."));
        figures.put("registers.national.alcoholDrugResult", counts(year, "select result, count(*) from alcohol_drug_test"
                + " where extract(year from tested_on) = :y and result is not null group by 1",
                "registers.testResult."));
        trail.read("registers.national-aggregate", year, null);
        return figures;
    }

    /** Rows of (label, count); the label is a message key after the prefix. Small counts are suppressed. */
    private List<Count> counts(int year, String sql, String prefix) {
        return jdbc.sql(sql).param("y", year).query((rs, n) -> {
            long count = rs.getLong(2);
            return new Count(prefix + rs.getString(1), true, count < SMALL_COUNT ? null : count);
        }).list();
    }
}
