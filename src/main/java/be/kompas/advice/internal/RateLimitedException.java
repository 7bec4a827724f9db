package be.kompas.advice.internal;

/** The organisation's public channel is busy; the caller should try again later. */
public class RateLimitedException extends RuntimeException {

    RateLimitedException() {
        super("Busy");
    }
}
