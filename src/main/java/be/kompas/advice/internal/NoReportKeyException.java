package be.kompas.advice.internal;

/** The user may not read this report's content: they hold no wrapped key for it, or their own key is locked. */
public class NoReportKeyException extends RuntimeException {

    public enum Reason {
        NOT_ENTITLED, LOCKED
    }

    private final Reason reason;

    NoReportKeyException(Reason reason) {
        super("No access to the report's content: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
