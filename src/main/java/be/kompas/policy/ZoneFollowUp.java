package be.kompas.policy;

/** How a zone follows up its recommendations, as counts only. */
public record ZoneFollowUp(String zone, int implemented, int overdue, int open) {
}
