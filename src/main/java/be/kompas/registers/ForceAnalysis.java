package be.kompas.registers;

/**
 * The designated service's reading of a report: what it learnt, and what follows.
 *
 * @param actionCode an action of the action plan (domain.md 8.2, e.g. {@code O6} or {@code H11}), or blank
 * @param debriefing no clear fault, yet the officers get a debriefing by personnel care (action H10)
 */
public record ForceAnalysis(String analysis, String lesson, String actionCode, boolean debriefing) {
}
