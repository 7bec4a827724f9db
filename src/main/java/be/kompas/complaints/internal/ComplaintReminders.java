package be.kompas.complaints.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.calendar.WorkingDays;
import be.kompas.complaints.ComplaintPermissions;
import be.kompas.core.Formats;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.Organisations;

/**
 * Every morning, reminds the customer coordinators (everyone who handles complaints) of the acknowledgements and
 * answers due within {@link #SOON} working days, and once more when one is overdue. Each reminder has a key of the
 * item, the term and its due date, so the daily run sends it once; a new due date (after a change of the service
 * level) reminds again. Overdue information duties remind once per complaint and earliest due day. Notices carry the
 * reference and the date only, never the complainant or the story.
 */
@Component
class ComplaintReminders {

    /** How many working days ahead a deadline counts as due soon. */
    static final int SOON = 2;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final Clock clock;

    ComplaintReminders(JdbcClient jdbc, Organisations organisations, WorkingDays workingDays,
            Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${kompas.complaints.reminder-cron:0 0 6 * * *}")
    void daily() {
        remind(LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    private record Due(UUID id, String reference, boolean acknowledged, LocalDate acknowledgeDue,
            LocalDate answerDue) {
    }

    /** @return how many new reminders were sent */
    @Transactional
    int remind(LocalDate today) {
        int sent = 0;
        for (Organisation organisation : organisations.findAll()) {
            var horizon = workingDays.calendar(organisation.id()).addWorkingDays(today, SOON);
            for (Due item : due(organisation, horizon)) {
                if (!item.acknowledged() && !item.acknowledgeDue().isAfter(horizon)) {
                    sent += send(organisation, item, "acknowledge", item.acknowledgeDue(), today);
                }
                if (!item.answerDue().isAfter(horizon)) {
                    sent += send(organisation, item, "answer", item.answerDue(), today);
                }
            }
            for (Due item : overdueDuties(organisation, today)) {
                sent += send(organisation, item, "duties", item.answerDue(), today);
            }
        }
        return sent;
    }

    /**
     * The complaints with information duties past their due day, once per complaint and earliest due day, so that the
     * several messages of one closing remind once.
     */
    private List<Due> overdueDuties(Organisation organisation, LocalDate today) {
        return jdbc.sql("""
                select c.id, c.reference, min(d.due_on) as due_on from complaint_information_duty d
                  join complaint c on c.organisation_id = d.organisation_id and c.id = d.complaint_id
                where d.organisation_id = :org and d.sent_on is null and d.due_on < :today
                group by c.id, c.reference""")
                .param("org", organisation.id().value()).param("today", today)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("reference"), true,
                        rs.getObject("due_on", LocalDate.class), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    private List<Due> due(Organisation organisation, LocalDate horizon) {
        return jdbc.sql("""
                select id, reference, acknowledged_on, acknowledge_due, answer_due from complaint
                where organisation_id = :org and status <> 'CLOSED'
                  and (answer_due <= :horizon or acknowledged_on is null and acknowledge_due <= :horizon)""")
                .param("org", organisation.id().value()).param("horizon", horizon)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("acknowledged_on") != null, rs.getObject("acknowledge_due", LocalDate.class),
                        rs.getObject("answer_due", LocalDate.class)))
                .list();
    }

    private int send(Organisation organisation, Due item, String term, LocalDate due, LocalDate today) {
        String state = due.isBefore(today) ? "overdue" : "soon";
        boolean sent = notifications.send(new Notice(organisation.id(),
                Addressee.holdersOf(ComplaintPermissions.HANDLE), "complaints.notice." + term + "." + state,
                List.of(item.reference(), due.toString()), "/complaints/" + item.id(), due,
                "complaint-" + term + "-" + state + ":" + item.id() + ":" + due));
        return sent ? 1 : 0;
    }
}
