package be.kompas.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The SWOT of one year that turns the survey results into priorities for the action plan (domain.md 10), and the
 * growth phase where the coordinator places the year.
 */
public record ClimateSwot(int year, String strengths, String weaknesses, String opportunities, String threats,
        String priorities, @Nullable GrowthPhase phase) {

    public static ClimateSwot empty(int year) {
        return new ClimateSwot(year, "", "", "", "", "", null);
    }

    /** One priority per non-blank line. */
    public List<String> priorityList() {
        return priorities.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
