package be.kompas.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import be.kompas.policy.ActionPlan;

/** Every night, marks the actions whose due date has passed overdue, so they show on the reminders list. */
@Component
class OverdueActionsJob {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ActionPlan plan;
    private final Clock clock;

    OverdueActionsJob(ActionPlan plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    @Scheduled(cron = "${kompas.policy.overdue-cron:0 15 3 * * *}")
    void markOverdue() {
        plan.markOverdue(LocalDate.now(clock.withZone(BRUSSELS)));
    }
}
