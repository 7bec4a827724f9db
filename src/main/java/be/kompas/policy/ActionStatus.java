package be.kompas.policy;

/** Where an action stands; {@link #OVERDUE} is set by the nightly check on planned and running actions. */
public enum ActionStatus {

    PLANNED, IN_PROGRESS, DONE, ONGOING, NOT_IN_SCOPE, OVERDUE;

    public String labelKey() {
        return "policy.status." + name();
    }
}
