package be.kompas.investigations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import be.kompas.investigations.Bureau;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.TriageRules.Finding;
import be.kompas.investigations.internal.TriageRules.Situation;

class TriageRulesTests {

    private static Situation line(int staff, boolean logging, boolean criminal, boolean media, boolean measures) {
        return new Situation(Track.LINE_INVESTIGATION, Bureau.INTERNAL_OVERSIGHT, staff, logging, criminal, media,
                measures);
    }

    @Test
    void loggingDataExcludesALineInvestigation() {
        assertThat(TriageRules.check(line(1, true, false, false, false)))
                .containsExactly(new Finding("loggingExcludesLine", true));
    }

    @Test
    void aMediaSensitiveCaseDoesNotGoToTheLine() {
        assertThat(TriageRules.blocks(TriageRules.check(line(1, false, false, true, false)))).isTrue();
    }

    @Test
    void criminalElementsMeasuresAndMoreThanTwoStaffOnlyWarn() {
        var findings = TriageRules.check(line(3, false, true, false, true));
        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder("criminalUnfitForLine",
                "measuresUnfitForLine", "tooManyStaffForLine");
        assertThat(TriageRules.blocks(findings)).isFalse();
    }

    @Test
    void aSimpleCaseWithOneOrTwoStaffFitsTheLine() {
        assertThat(TriageRules.check(line(2, false, false, false, false))).isEmpty();
    }

    @Test
    void judicialInvestigationsAreRunByInternalOversightNotByDiscipline() {
        assertThat(TriageRules.check(new Situation(Track.JUDICIAL_INVESTIGATION, Bureau.DISCIPLINE, 1, true, true,
                false, false))).contains(new Finding("judicialByInternalOversight", true));
        assertThat(TriageRules.check(new Situation(Track.JUDICIAL_INVESTIGATION, Bureau.INTERNAL_OVERSIGHT, 1, true,
                true, false, false))).isEmpty();
    }

    @Test
    void loggingDoesNotMatterOutsideTheLine() {
        assertThat(TriageRules.check(new Situation(Track.DISCIPLINARY_PROCEDURE, Bureau.DISCIPLINE, 1, true, false,
                true, true))).isEmpty();
    }
}
