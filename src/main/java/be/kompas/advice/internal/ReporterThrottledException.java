package be.kompas.advice.internal;

/** Too many failed attempts for this self-chosen name recently; the reporter must wait. */
public class ReporterThrottledException extends RuntimeException {

    ReporterThrottledException() {
        super("Too many attempts");
    }
}
