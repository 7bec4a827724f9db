package be.kompas.investigations.internal;

import java.util.ArrayList;
import java.util.List;

import be.kompas.investigations.Bureau;
import be.kompas.investigations.Track;

/**
 * The criteria of domain.md 5.1 and 5.2 for choosing a track, as findings that block the choice or warn about it. The
 * triage committee advises, the competent authority decides: warnings can be overridden with a reason, blocks cannot.
 */
public final class TriageRules {

    /** One finding; its text is {@code investigations.rule.<code>} in the bundle. */
    public record Finding(String code, boolean blocking) {
    }

    /** What triage knows when a track is chosen. */
    public record Situation(Track track, Bureau bureau, int staffCount, boolean loggingNeeded,
            boolean criminalElements, boolean mediaSensitive, boolean measuresExpected) {
    }

    private TriageRules() {
    }

    public static List<Finding> check(Situation s) {
        var findings = new ArrayList<Finding>();
        boolean line = s.track() == Track.LINE_INVESTIGATION || s.track() == Track.LINE_CONVERSATION;
        if (line) {
            // "Special investigative acts are needed, such as requesting logging data": a line investigation is excluded.
            if (s.loggingNeeded()) {
                findings.add(new Finding("loggingExcludesLine", true));
            }
            // Sensitive cases, media attention or image damage: the line does not investigate.
            if (s.mediaSensitive()) {
                findings.add(new Finding("mediaExcludesLine", true));
            }
            // Criminal elements or (order) measures: "as a rule" not in the line, so a warning the authority may override.
            if (s.criminalElements()) {
                findings.add(new Finding("criminalUnfitForLine", false));
            }
            if (s.measuresExpected()) {
                findings.add(new Finding("measuresUnfitForLine", false));
            }
            // A line investigation fits 1-2 employees.
            if (s.staffCount() > 2) {
                findings.add(new Finding("tooManyStaffForLine", false));
            }
        }
        // Judicial investigations are a DIT investigation type run by Bureau Intern Toezicht, not by Bureau Tucht.
        if (s.track() == Track.JUDICIAL_INVESTIGATION && s.bureau() != Bureau.INTERNAL_OVERSIGHT) {
            findings.add(new Finding("judicialByInternalOversight", true));
        }
        if (s.criminalElements() && (s.track() == Track.NO_FURTHER_ACTION || s.track() == Track.LINE_CONVERSATION)) {
            findings.add(new Finding("criminalNeedsJudicialRoute", false));
        }
        if (s.staffCount() == 0 && s.track() != Track.NO_FURTHER_ACTION
                && s.track() != Track.REFERRAL_TO_JUDICIAL_AUTHORITIES) {
            findings.add(new Finding("noStaffConcerned", false));
        }
        return findings;
    }

    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }
}
