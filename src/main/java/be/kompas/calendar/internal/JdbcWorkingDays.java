package be.kompas.calendar.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.calendar.DayOff;
import be.kompas.calendar.WorkingCalendar;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.InvalidInputException;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class JdbcWorkingDays implements WorkingDays {

    private static final String RECORD_TYPE = "calendar.day-off";

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    JdbcWorkingDays(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public WorkingCalendar calendar(OrganisationId organisation) {
        return new WorkingCalendar(new HashSet<>(daysOff(organisation).stream().map(DayOff::date).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DayOff> daysOff(OrganisationId organisation) {
        return jdbc.sql("select day, label from day_off where organisation_id = :org order by day")
                .param("org", organisation.value())
                .query((rs, n) -> new DayOff(rs.getObject("day", LocalDate.class), rs.getString("label"))).list();
    }

    @Override
    public void addDayOff(OrganisationId organisation, DayOff day) {
        if (day.label().isBlank()) {
            throw InvalidInputException.of("label", "is required");
        }
        if (!calendar(organisation).isWorkingDay(day.date())) {
            throw InvalidInputException.of("date", "is already no working day");
        }
        jdbc.sql("insert into day_off (organisation_id, day, label) values (:org, :day, :label)")
                .param("org", organisation.value()).param("day", day.date()).param("label", day.label().strip())
                .update();
        trail.wrote("calendar.day-off.added", RECORD_TYPE, day.date(), null);
    }

    @Override
    public void removeDayOff(OrganisationId organisation, LocalDate date) {
        int removed = jdbc.sql("delete from day_off where organisation_id = :org and day = :day")
                .param("org", organisation.value()).param("day", date).update();
        if (removed > 0) {
            trail.wrote("calendar.day-off.removed", RECORD_TYPE, date, null);
        }
    }
}
