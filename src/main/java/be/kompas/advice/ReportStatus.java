package be.kompas.advice;

/** received → acknowledged → answered → closed, or forwarded, which ends handling in the Advice Point. */
public enum ReportStatus {
    RECEIVED, ACKNOWLEDGED, ANSWERED, CLOSED, FORWARDED;

    public boolean open() {
        return this != CLOSED && this != FORWARDED;
    }
}
