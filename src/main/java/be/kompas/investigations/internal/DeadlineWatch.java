package be.kompas.investigations.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.calendar.WorkingDays;
import be.kompas.core.Formats;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.InvestigationPermissions;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.tenancy.Organisations;

/**
 * Every morning, records a warning for each term of an open case that lapses within the organisation's warning period
 * or has lapsed, and puts it in the inbox of the head of oversight; the case list flags them too.
 */
@Component
class DeadlineWatch {

    /** A warning recorded by one run. */
    record Warning(String reference, String deadline, LocalDate due) {
    }

    private final CaseRepository cases;
    private final CaseService service;
    private final Organisations organisations;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final Notifications notifications;

    DeadlineWatch(CaseRepository cases, CaseService service, Organisations organisations, WorkingDays workingDays,
            Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.cases = cases;
        this.service = service;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Scheduled(cron = "${kompas.investigations.deadline-cron:0 0 6 * * *}")
    void daily() {
        run(LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    @Transactional
    List<Warning> run(LocalDate today) {
        var warnings = new ArrayList<Warning>();
        for (var organisation : organisations.findAll()) {
            var org = organisation.id();
            var calendar = workingDays.calendar(org);
            var settings = cases.settings(org);
            for (CaseRow row : cases.list(org, null, null)) {
                if (row.status() == CaseStatus.CLOSED) {
                    continue;
                }
                for (var deadline : service.deadlines(org, row, calendar, settings)) {
                    if ((deadline.lapsed(today) || deadline.near(today, calendar, settings.warningWorkingDays()))
                            && cases.warn(org, row.id(), deadline.code(), deadline.due(), today)) {
                        warnings.add(new Warning(row.reference(), deadline.code(), deadline.due()));
                        notifications.send(new Notice(org, Addressee.holdersOf(InvestigationPermissions.OVERSEE),
                                "investigations.notice.due." + deadline.code(), List.of(row.reference()),
                                "/investigations/" + row.id(), deadline.due(),
                                "investigation-due:" + row.id() + ":" + deadline.code() + ":" + deadline.due()));
                    }
                }
            }
        }
        return warnings;
    }
}
