package be.kompas.investigations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.kompas.calendar.WorkingCalendar;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.CaseDeadlines.Deadline;

class CaseDeadlinesTests {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of());
    /** A Monday. */
    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);

    @Test
    void internalTermsCountWorkingDaysAndLegalWhistleblowerTermsCalendarDays() {
        var deadlines = CaseDeadlines.of(new CaseDeadlines.Facts(Origin.WHISTLEBLOWER, CaseStatus.TRIAGE, null, OPENED,
                null, null, false, false), CALENDAR, InvestigationSettings.DEFAULTS);
        assertThat(deadlines).extracting(Deadline::code, Deadline::due).contains(
                org.assertj.core.groups.Tuple.tuple("triage", CALENDAR.addWorkingDays(OPENED, 10)),
                org.assertj.core.groups.Tuple.tuple("acknowledge", OPENED.plusDays(7)),
                org.assertj.core.groups.Tuple.tuple("feedback", OPENED.plusMonths(3)),
                org.assertj.core.groups.Tuple.tuple("whistleblowerInvestigation", OPENED.plusWeeks(20)));
    }

    @Test
    void warnsWithinTheWarningPeriodAndFlagsLapsedTerms() {
        var triage = CaseDeadlines.of(new CaseDeadlines.Facts(Origin.COMPLAINT, CaseStatus.TRIAGE, null, OPENED, null,
                null, false, false), CALENDAR, InvestigationSettings.DEFAULTS).get(0);
        assertThat(triage.near(triage.due().minusDays(1), CALENDAR, 3)).isTrue();
        assertThat(triage.near(OPENED, CALENDAR, 3)).isFalse();
        assertThat(triage.lapsed(triage.due().plusDays(1))).isTrue();
    }

    @Test
    void aDecisionTermFollowsTheTrackDecisionAndIsMetOnceDecided() {
        var facts = new CaseDeadlines.Facts(Origin.COMPLAINT, CaseStatus.DECIDED, Track.DISCIPLINARY_PROCEDURE,
                OPENED, OPENED.plusDays(3), OPENED.plusDays(30), true, false);
        assertThat(CaseDeadlines.of(facts, CALENDAR, InvestigationSettings.DEFAULTS)).filteredOn(d -> d.code()
                .equals("decision")).singleElement().satisfies(d -> assertThat(d.met()).isTrue());
    }
}
