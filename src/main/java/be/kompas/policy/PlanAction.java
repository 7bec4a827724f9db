package be.kompas.policy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action of the integrity action plan.
 *
 * @param objective the strategic or operational objective the action serves (e.g. {@code SO2}), blank if none
 * @param owner who carries it out, blank when the plan does not say (shown as unknown)
 * @param plannedQuarter e.g. {@code 2025-Q4}, blank when only a date or nothing is planned
 * @param indicator how success is measured (PDCA "check")
 * @param evaluation the outcome of that check
 */
public record PlanAction(ActionId id, ActionDomain domain, String code, String title, String objective,
        String owner, String partners, String plannedQuarter, @Nullable LocalDate dueDate, ActionStatus status,
        String indicator,
        String evaluation) {

    public boolean ownerUnknown() {
        return owner.isBlank() || owner.strip().equals("?");
    }
}
