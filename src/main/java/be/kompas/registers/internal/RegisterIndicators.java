package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.earlywarning.IndicatorSource;
import be.kompas.tenancy.OrganisationId;

/**
 * The registers for early warning: use-of-force reports the staff member filed or took part in, violence they
 * suffered (a support indicator, not a fault), ancillary-activity applications refused in the window, and late ones:
 * applied for on or after the day the activity starts, counted on the day of the application. Counts only; nothing of
 * the reports' content leaves the module.
 */
@Component
class RegisterIndicators implements IndicatorSource {

    static final String FORCE = "registers.use-of-force";
    static final String VIOLENCE = "registers.violence-suffered";
    static final String ANCILLARY_REFUSED = "registers.ancillary-refused";
    static final String ANCILLARY_LATE = "registers.ancillary-late";

    private final JdbcClient jdbc;

    RegisterIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> indicators() {
        return List.of(FORCE, VIOLENCE, ANCILLARY_REFUSED, ANCILLARY_LATE);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> count(OrganisationId organisation, String indicator, LocalDate from, LocalDate to) {
        String sql = switch (indicator) {
            case FORCE -> """
                    select staff, count(distinct id) from (
                      select id, officer_id as staff from force_report
                      where organisation_id = :org and occurred_on between :from and :to
                      union all
                      select id, unnest(involved) as staff from force_report
                      where organisation_id = :org and occurred_on between :from and :to) f
                    group by staff""";
            case VIOLENCE -> """
                    select victim_id, count(*) from violence_report
                    where organisation_id = :org and occurred_on between :from and :to group by victim_id""";
            case ANCILLARY_REFUSED -> """
                    select staff_id, count(*) from ancillary_activity
                    where organisation_id = :org and status = 'REFUSED'
                      and (updated_at at time zone 'Europe/Brussels')::date between :from and :to
                    group by staff_id""";
            case ANCILLARY_LATE -> """
                    select staff_id, count(*) from ancillary_activity
                    where organisation_id = :org and starts_on is not null
                      and (created_at at time zone 'Europe/Brussels')::date >= starts_on
                      and (created_at at time zone 'Europe/Brussels')::date between :from and :to
                    group by staff_id""";
            default -> throw new IllegalArgumentException(indicator);
        };
        var counts = new HashMap<UUID, Integer>();
        jdbc.sql(sql).param("org", organisation.value()).param("from", from).param("to", to)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }
}
