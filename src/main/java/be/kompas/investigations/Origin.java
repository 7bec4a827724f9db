package be.kompas.investigations;

/** Where a case came from; the origin stays linked by its reference. */
public enum Origin {
    COMPLAINT, ADVICE_POINT, LOOKUP_ALERT, DUTY_TO_ACT, JUDICIAL_NOTIFICATION, OWN_INITIATIVE, PROACTIVE_CONTROL,
    WHISTLEBLOWER;

    /** Origins a user opens by hand; the others arrive as events from their modules. */
    public boolean manual() {
        return this != COMPLAINT && this != ADVICE_POINT && this != LOOKUP_ALERT;
    }
}
