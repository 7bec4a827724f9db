package be.kompas.policy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the coordinator sets on a new or existing action. */
public record ActionChange(ActionDomain domain, String code, String title, String objective, String owner,
        String partners, String plannedQuarter, @Nullable LocalDate dueDate, ActionStatus status, String indicator,
        String evaluation) {
}
