package be.kompas.investigations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import be.kompas.calendar.WorkingCalendar;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.CaseDeadlines.Basis;
import be.kompas.investigations.internal.CaseDeadlines.Deadline;

class CaseDeadlinesTests {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of());
    /** A Monday. */
    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    /** The Advice Point received the report a week and a half before it was forwarded. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 10, 22);

    private static List<Deadline> whistleblower(@Nullable LocalDate acknowledgedOn, int extensionWeeks,
            CaseStatus status) {
        return CaseDeadlines.of(new CaseDeadlines.Facts(Origin.WHISTLEBLOWER, status, null, OPENED, RECEIVED,
                acknowledgedOn, null, null, false, extensionWeeks), CALENDAR, InvestigationSettings.DEFAULTS);
    }

    private static Deadline term(List<Deadline> deadlines, String code) {
        return deadlines.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void internalTermsCountWorkingDaysFromOpeningAndLegalWhistleblowerTermsCalendarDaysFromReceipt() {
        var deadlines = whistleblower(null, 0, CaseStatus.TRIAGE);
        assertThat(deadlines).extracting(Deadline::code, Deadline::due).contains(
                tuple("triage", CALENDAR.addWorkingDays(OPENED, 10)),
                tuple("acknowledge", RECEIVED.plusDays(7)),
                tuple("whistleblowerInvestigation", OPENED.plusWeeks(20)));
        assertThat(term(deadlines, "triage").basis()).isEqualTo(new Basis("workingDaysFromOpening", 10, OPENED, 0));
        assertThat(term(deadlines, "acknowledge").basis()).isEqualTo(new Basis("daysFromReceipt", 7, RECEIVED, 0));
        assertThat(term(deadlines, "acknowledge").met()).isFalse();
    }

    @Test
    void beforeTheAcknowledgementFeedbackIsDueThreeMonthsAfterTheSevenDaysFromReceipt() {
        var feedback = term(whistleblower(null, 0, CaseStatus.TRIAGE), "feedback");
        assertThat(feedback.due()).isEqualTo(RECEIVED.plusDays(7).plusMonths(3));
        assertThat(feedback.basis()).isEqualTo(new Basis("monthsFromAcknowledgementTerm", 3, RECEIVED.plusDays(7),
                0));
    }

    @Test
    void feedbackCountsThreeMonthsFromTheAcknowledgementEvenALateOne() {
        LocalDate early = RECEIVED.plusDays(2);
        var deadlines = whistleblower(early, 0, CaseStatus.TRIAGE);
        assertThat(term(deadlines, "acknowledge").met()).isTrue();
        assertThat(term(deadlines, "feedback").due()).isEqualTo(early.plusMonths(3));
        assertThat(term(deadlines, "feedback").basis()).isEqualTo(new Basis("monthsFromAcknowledgement", 3, early,
                0));

        LocalDate late = RECEIVED.plusDays(12);
        assertThat(term(whistleblower(late, 0, CaseStatus.TRIAGE), "feedback").due())
                .isEqualTo(late.plusMonths(3));
    }

    @Test
    void feedbackAtTheEndOfAMonthFallsOnTheLastDayOfTheShorterMonth() {
        LocalDate acknowledged = LocalDate.of(2026, 11, 30);
        assertThat(term(whistleblower(acknowledged, 0, CaseStatus.TRIAGE), "feedback").due())
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void anExtensionMovesTheInvestigationTermByItsWeeks() {
        var extended = term(whistleblower(null, 4, CaseStatus.IN_PROGRESS), "whistleblowerInvestigation");
        assertThat(extended.due()).isEqualTo(OPENED.plusWeeks(24));
        assertThat(extended.basis()).isEqualTo(new Basis("weeksFromOpeningExtended", 20, OPENED, 4));
        assertThat(term(whistleblower(null, 0, CaseStatus.IN_PROGRESS), "whistleblowerInvestigation").basis().key())
                .isEqualTo("weeksFromOpening");
    }

    @Test
    void aClosedCaseHasMetEveryTerm() {
        assertThat(whistleblower(null, 0, CaseStatus.CLOSED)).allMatch(Deadline::met);
    }

    @Test
    void otherOriginsHaveNoWhistleblowerTerms() {
        var deadlines = CaseDeadlines.of(new CaseDeadlines.Facts(Origin.COMPLAINT, CaseStatus.TRIAGE, null, OPENED,
                RECEIVED, null, null, null, false, 0), CALENDAR, InvestigationSettings.DEFAULTS);
        assertThat(deadlines).extracting(Deadline::code).containsExactly("triage", "inform");
    }

    @Test
    void warnsWithinTheWarningPeriodAndFlagsLapsedTerms() {
        var triage = CaseDeadlines.of(new CaseDeadlines.Facts(Origin.COMPLAINT, CaseStatus.TRIAGE, null, OPENED,
                OPENED, null, null, null, false, 0), CALENDAR, InvestigationSettings.DEFAULTS).get(0);
        assertThat(triage.near(triage.due().minusDays(1), CALENDAR, 3)).isTrue();
        assertThat(triage.near(OPENED, CALENDAR, 3)).isFalse();
        assertThat(triage.lapsed(triage.due().plusDays(1))).isTrue();
    }

    @Test
    void aDecisionTermFollowsTheTrackDecisionAndIsMetOnceDecided() {
        var facts = new CaseDeadlines.Facts(Origin.COMPLAINT, CaseStatus.DECIDED, Track.DISCIPLINARY_PROCEDURE,
                OPENED, OPENED, null, OPENED.plusDays(3), OPENED.plusDays(30), true, 0);
        assertThat(CaseDeadlines.of(facts, CALENDAR, InvestigationSettings.DEFAULTS)).filteredOn(d -> d.code()
                .equals("decision")).singleElement().satisfies(d -> {
                    assertThat(d.met()).isTrue();
                    assertThat(d.basis().key()).isEqualTo("workingDaysFromTrack");
                    assertThat(d.basis().from()).isEqualTo(OPENED.plusDays(3));
                });
    }
}
