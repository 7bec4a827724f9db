package be.kompas.complaints;

public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, CLOSED;
}
