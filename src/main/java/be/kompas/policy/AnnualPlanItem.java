package be.kompas.policy;

import java.util.UUID;

/**
 * An activity of the Dutch annual plan with its project-card fields.
 *
 * @param timing a quarter or a year, e.g. {@code Q4 2018}
 * @param how "How do you carry it out?"
 * @param needWho "I need (who)"
 * @param needWhat "I need (what)"
 */
public record AnnualPlanItem(UUID id, int year, HouseElement element, String activity, String timing,
        ActionStatus status, String how, String needWho, String needWhat) {
}
