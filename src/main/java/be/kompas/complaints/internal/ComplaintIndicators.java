package be.kompas.complaints.internal;

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
 * Complaints for early warning, per staff member linked to the complaint: those received in the window (duplicates
 * left out), and those closed in the window as founded or partly founded. Compliments and other items never count.
 */
@Component
class ComplaintIndicators implements IndicatorSource {

    static final String RECEIVED = "complaints.received";
    static final String FOUNDED = "complaints.founded";

    private final JdbcClient jdbc;

    ComplaintIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> indicators() {
        return List.of(RECEIVED, FOUNDED);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> count(OrganisationId organisation, String indicator, LocalDate from, LocalDate to) {
        String condition = switch (indicator) {
            case RECEIVED -> "c.received_on between :from and :to and c.duplicate_of is null";
            case FOUNDED -> "c.closed_on between :from and :to and c.outcome in ('FOUNDED', 'PARTLY_FOUNDED')";
            default -> throw new IllegalArgumentException(indicator);
        };
        var counts = new HashMap<UUID, Integer>();
        jdbc.sql("select s.staff_id, count(distinct c.id) from complaint_staff s join complaint c"
                + " on c.organisation_id = s.organisation_id and c.id = s.complaint_id"
                + " where s.organisation_id = :org and s.staff_id is not null and c.kind = 'COMPLAINT' and "
                + condition + " group by s.staff_id")
                .param("org", organisation.value()).param("from", from).param("to", to)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }
}
