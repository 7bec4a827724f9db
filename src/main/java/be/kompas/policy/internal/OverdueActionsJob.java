package be.kompas.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import be.kompas.policy.ActionPlan;
import be.kompas.policy.PolicyReminders;

/**
 * Every night, marks the actions whose due date has passed overdue, so they show on the reminders list, then reminds
 * the owners of actions and recommendations that are due soon or overdue.
 */
@Component
class OverdueActionsJob {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ActionPlan plan;
    private final PolicyReminders reminders;
    private final Clock clock;

    OverdueActionsJob(ActionPlan plan, PolicyReminders reminders, Clock clock) {
        this.plan = plan;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${kompas.policy.overdue-cron:0 15 3 * * *}")
    void markOverdue() {
        var today = LocalDate.now(clock.withZone(BRUSSELS));
        plan.markOverdue(today);
        reminders.remind(today);
    }
}
