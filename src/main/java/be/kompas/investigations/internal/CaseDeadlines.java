package be.kompas.investigations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.calendar.WorkingCalendar;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Track;

/**
 * The terms of a case. Legal ones in calendar days: for a whistleblower report the acknowledgement within 7 days and
 * feedback within 3 months (EU directive 2019/1937 art. 9, domain.md 13.3); the Comité P investigation of 20 weeks
 * (domain.md 6.1). Internal ones in working days from {@link InvestigationSettings}.
 */
public final class CaseDeadlines {

    /** One term; {@code met} when the step it waits for is done. */
    public record Deadline(String code, LocalDate due, boolean met, boolean legal) {

        public boolean lapsed(LocalDate today) {
            return !met && today.isAfter(due);
        }

        public boolean near(LocalDate today, WorkingCalendar calendar, int warningDays) {
            return !met && !today.isAfter(due) && !calendar.addWorkingDays(today, warningDays).isBefore(due);
        }
    }

    /** What the terms are computed from. */
    public record Facts(Origin origin, CaseStatus status, @Nullable Track track, LocalDate openedOn,
            @Nullable LocalDate triagedOn, @Nullable LocalDate decidedOn, boolean informed, boolean acknowledged) {
    }

    private CaseDeadlines() {
    }

    public static List<Deadline> of(Facts f, WorkingCalendar calendar, InvestigationSettings settings) {
        var deadlines = new ArrayList<Deadline>();
        boolean closed = f.status() == CaseStatus.CLOSED;
        deadlines.add(new Deadline("triage", calendar.addWorkingDays(f.openedOn(), settings.triageWorkingDays()),
                f.triagedOn() != null || closed, false));
        deadlines.add(new Deadline("inform", calendar.addWorkingDays(f.openedOn(), settings.informWorkingDays()),
                f.informed() || closed, false));
        if (f.origin() == Origin.WHISTLEBLOWER) {
            deadlines.add(new Deadline("acknowledge", f.openedOn().plusDays(7), f.acknowledged() || closed, true));
            deadlines.add(new Deadline("feedback", f.openedOn().plusMonths(3), f.decidedOn() != null || closed, true));
            deadlines.add(new Deadline("whistleblowerInvestigation", f.openedOn().plusWeeks(20),
                    f.decidedOn() != null || closed, true));
        }
        if (f.triagedOn() != null && f.track() != null && f.track() != Track.NO_FURTHER_ACTION) {
            LocalDate investigated = calendar.addWorkingDays(f.triagedOn(), settings.investigationWorkingDays());
            deadlines.add(new Deadline("decision", calendar.addWorkingDays(investigated,
                    settings.decisionWorkingDays()), f.decidedOn() != null || closed, false));
        }
        return deadlines;
    }
}
