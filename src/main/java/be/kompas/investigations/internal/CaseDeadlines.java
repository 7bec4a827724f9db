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
 * The terms of a case. Legal ones in calendar days: for a whistleblower report the acknowledgement within 7 days of
 * its receipt and feedback within 3 months of the acknowledgement, or of the end of those 7 days while it is not
 * acknowledged (EU directive 2019/1937 art. 9, domain.md 13.3); the investigation of 20 weeks, extendable once by at
 * most 4 weeks (domain.md 6.1). Internal ones in working days from {@link InvestigationSettings}.
 */
public final class CaseDeadlines {

    static final int ACKNOWLEDGE_DAYS = 7;
    static final int FEEDBACK_MONTHS = 3;
    static final int INVESTIGATION_WEEKS = 20;
    static final int MAX_EXTENSION_WEEKS = 4;

    /**
     * What a term counts from, for the page: {@code key} names the wording ({@code investigations.basis.<key>}),
     * {@code amount} the length, {@code from} the day it counts from, {@code extension} the weeks it was extended by.
     */
    public record Basis(String key, int amount, LocalDate from, int extension) {

        static Basis of(String key, int amount, LocalDate from) {
            return new Basis(key, amount, from, 0);
        }
    }

    /** One term; {@code met} when the step it waits for is done. */
    public record Deadline(String code, LocalDate due, boolean met, boolean legal, Basis basis) {

        public boolean lapsed(LocalDate today) {
            return !met && today.isAfter(due);
        }

        public boolean near(LocalDate today, WorkingCalendar calendar, int warningDays) {
            return !met && !today.isAfter(due) && !calendar.addWorkingDays(today, warningDays).isBefore(due);
        }
    }

    /**
     * What the terms are computed from.
     *
     * @param receivedOn when the report was received
     * @param acknowledgedOn when the reporter was first sent an acknowledgement, if yet
     * @param extensionWeeks the weeks the investigation term was extended by, 0 if not
     */
    public record Facts(Origin origin, CaseStatus status, @Nullable Track track, LocalDate openedOn,
            LocalDate receivedOn, @Nullable LocalDate acknowledgedOn, @Nullable LocalDate triagedOn,
            @Nullable LocalDate decidedOn, boolean informed, int extensionWeeks) {
    }

    private CaseDeadlines() {
    }

    public static List<Deadline> of(Facts f, WorkingCalendar calendar, InvestigationSettings settings) {
        var deadlines = new ArrayList<Deadline>();
        boolean closed = f.status() == CaseStatus.CLOSED;
        deadlines.add(new Deadline("triage", calendar.addWorkingDays(f.openedOn(), settings.triageWorkingDays()),
                f.triagedOn() != null || closed, false,
                Basis.of("workingDaysFromOpening", settings.triageWorkingDays(), f.openedOn())));
        deadlines.add(new Deadline("inform", calendar.addWorkingDays(f.openedOn(), settings.informWorkingDays()),
                f.informed() || closed, false,
                Basis.of("workingDaysFromOpening", settings.informWorkingDays(), f.openedOn())));
        if (f.origin() == Origin.WHISTLEBLOWER) {
            LocalDate acknowledgeBy = f.receivedOn().plusDays(ACKNOWLEDGE_DAYS);
            deadlines.add(new Deadline("acknowledge", acknowledgeBy, f.acknowledgedOn() != null || closed, true,
                    Basis.of("daysFromReceipt", ACKNOWLEDGE_DAYS, f.receivedOn())));
            // Without an acknowledgement, feedback counts from the end of the 7 days (directive art. 9(1)(f)).
            Basis feedback = f.acknowledgedOn() != null
                    ? Basis.of("monthsFromAcknowledgement", FEEDBACK_MONTHS, f.acknowledgedOn())
                    : Basis.of("monthsFromAcknowledgementTerm", FEEDBACK_MONTHS, acknowledgeBy);
            deadlines.add(new Deadline("feedback", feedback.from().plusMonths(FEEDBACK_MONTHS),
                    f.decidedOn() != null || closed, true, feedback));
            deadlines.add(new Deadline("whistleblowerInvestigation",
                    investigationDue(f.openedOn(), f.extensionWeeks()), f.decidedOn() != null || closed, true,
                    new Basis(f.extensionWeeks() > 0 ? "weeksFromOpeningExtended" : "weeksFromOpening",
                            INVESTIGATION_WEEKS, f.openedOn(), f.extensionWeeks())));
        }
        if (f.triagedOn() != null && f.track() != null && f.track() != Track.NO_FURTHER_ACTION) {
            LocalDate investigated = calendar.addWorkingDays(f.triagedOn(), settings.investigationWorkingDays());
            deadlines.add(new Deadline("decision", calendar.addWorkingDays(investigated,
                    settings.decisionWorkingDays()), f.decidedOn() != null || closed, false,
                    Basis.of("workingDaysFromTrack", settings.investigationWorkingDays()
                            + settings.decisionWorkingDays(), f.triagedOn())));
        }
        return deadlines;
    }

    /** The end of the whistleblower investigation: 20 weeks from opening, plus the extension. */
    static LocalDate investigationDue(LocalDate openedOn, int extensionWeeks) {
        return openedOn.plusWeeks(INVESTIGATION_WEEKS + extensionWeeks);
    }
}
