package be.kompas.complaints.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per organisation for the public intake. It keys on the organisation, never on the sender, so that
 * no client address is kept even in memory; a flood slows the form down for everyone rather than being traced.
 */
@Component
class IntakeThrottle {

    private final int capacity;
    private final Duration refill;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    IntakeThrottle(@Value("${kompas.complaints.public-intake-per-hour:120}") int perHour, Clock clock) {
        this.capacity = perHour;
        this.refill = Duration.ofHours(1).dividedBy(perHour);
        this.clock = clock;
    }

    /** Takes a token for the organisation; {@code false} when its bucket is empty. */
    boolean tryAcquire(String organisationCode) {
        return buckets.computeIfAbsent(organisationCode, code -> new Bucket(capacity, clock.instant()))
                .take(clock.instant());
    }

    private final class Bucket {

        private double tokens;
        private Instant last;

        Bucket(int tokens, Instant now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(Instant now) {
            tokens = Math.min(capacity, tokens + (double) Duration.between(last, now).toNanos() / refill.toNanos());
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
