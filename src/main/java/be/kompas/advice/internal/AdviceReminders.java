package be.kompas.advice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.advice.AdvicePermissions;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.Formats;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.tenancy.OrganisationId;

/**
 * Every morning, reminds the facilitator (and helpers) and the coaches assigned to a report of an acknowledgement or
 * answer due within {@link #SOON} working days, and again once it is overdue. Each reminder is keyed by report, term,
 * due date and addressee, so the daily run sends it once. A reminder holds the reference and the date only: the
 * reference is metadata the facilitator sees anyway, never content.
 */
@Component
class AdviceReminders {

    static final int SOON = 2;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final Clock clock;

    AdviceReminders(JdbcClient jdbc, WorkingDays workingDays, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${kompas.advice.reminder-cron:0 5 6 * * *}")
    void daily() {
        remind(LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    private record Due(UUID id, OrganisationId organisation, String reference, boolean acknowledged,
            LocalDate acknowledgeBy, LocalDate answerBy, List<UUID> coaches) {
    }

    /** @return how many new reminders were sent */
    @Transactional
    int remind(LocalDate today) {
        int sent = 0;
        for (Due report : due()) {
            var horizon = workingDays.calendar(report.organisation()).addWorkingDays(today, SOON);
            if (!report.acknowledged() && !report.acknowledgeBy().isAfter(horizon)) {
                sent += send(report, "acknowledge", report.acknowledgeBy(), today);
            }
            if (!report.answerBy().isAfter(horizon)) {
                sent += send(report, "answer", report.answerBy(), today);
            }
        }
        return sent;
    }

    /** Open, not archived reports with a deadline within a generous bound; the exact horizon is per organisation. */
    private List<Due> due() {
        return jdbc.sql("""
                select r.id, r.organisation_id, r.reference, r.acknowledged_on, r.acknowledge_by, r.answer_by,
                  array(select k.user_id from advice_report_key k where k.report_id = r.id and k.assigned) as coaches
                from advice_report r
                where r.status in ('RECEIVED', 'ACKNOWLEDGED', 'ANSWERED') and not r.archived
                  and (r.answer_by <= :bound or r.acknowledged_on is null and r.acknowledge_by <= :bound)""")
                .param("bound", LocalDate.now(clock.withZone(Formats.ZONE)).plusDays(14))
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("reference"),
                        rs.getObject("acknowledged_on") != null, rs.getObject("acknowledge_by", LocalDate.class),
                        rs.getObject("answer_by", LocalDate.class),
                        Arrays.asList((UUID[]) rs.getArray("coaches").getArray())))
                .list();
    }

    private int send(Due report, String term, LocalDate due, LocalDate today) {
        String state = due.isBefore(today) ? "overdue" : "soon";
        String key = "advice-" + term + "-" + state + ":" + report.id() + ":" + due;
        var arguments = List.of(report.reference(), due.toString());
        String link = "/advice/" + report.id();
        int sent = notifications.send(new Notice(report.organisation(), Addressee.holdersOf(AdvicePermissions.MANAGE),
                "advice.notice." + term + "." + state, arguments, link, due, key)) ? 1 : 0;
        for (UUID coach : report.coaches()) {
            sent += notifications.send(new Notice(report.organisation(), Addressee.user(coach),
                    "advice.notice." + term + "." + state, arguments, link, due, key + ":" + coach)) ? 1 : 0;
        }
        return sent;
    }
}
