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
import be.kompas.tenancy.Organisations;

/**
 * Every morning, records a warning for each term of an open case that lapses within the organisation's warning period
 * or has lapsed; the case list flags them (and a reminder module can pick the warnings up).
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

    DeadlineWatch(CaseRepository cases, CaseService service, Organisations organisations, WorkingDays workingDays,
            Clock clock) {
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
                    }
                }
            }
        }
        return warnings;
    }
}
