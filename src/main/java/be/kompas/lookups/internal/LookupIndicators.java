package be.kompas.lookups.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.earlywarning.IndicatorSource;
import be.kompas.people.StaffDirectory;
import be.kompas.tenancy.OrganisationId;

/**
 * Look-up alerts a reviewer decided were unjustified in the window, per officer whose identifier is a personnel
 * number of the organisation's staff. Officers not on the staff list are left out.
 */
@Component
class LookupIndicators implements IndicatorSource {

    static final String UNJUSTIFIED = "lookups.unjustified";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    LookupIndicators(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @Override
    public List<String> indicators() {
        return List.of(UNJUSTIFIED);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> count(OrganisationId organisation, String indicator, LocalDate from, LocalDate to) {
        if (!UNJUSTIFIED.equals(indicator)) {
            throw new IllegalArgumentException(indicator);
        }
        var counts = new HashMap<UUID, Integer>();
        jdbc.sql("select officer_id, count(*) from lookup_alert where organisation_id = :org"
                + " and status = 'UNJUSTIFIED' and decided_at >= :from and decided_at < :to group by officer_id")
                .param("org", organisation.value())
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(BRUSSELS).toInstant()))
                .param("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(BRUSSELS).toInstant()))
                .query(rs -> {
                    String officer = rs.getString(1);
                    int n = rs.getInt(2);
                    staff.findByPersonnelNumber(organisation, officer)
                            .ifPresent(m -> counts.merge(m.id().value(), n, Integer::sum));
                });
        return counts;
    }
}
