package be.kompas.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class IntakeThrottleTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));

    private final Clock clock = new Clock() {

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void letsABurstThroughThenRefillsPerOrganisation() {
        var throttle = new IntakeThrottle(6, clock);
        for (int i = 0; i < 6; i++) {
            assertThat(throttle.tryAcquire("demo")).isTrue();
        }
        assertThat(throttle.tryAcquire("demo")).isFalse();
        assertThat(throttle.tryAcquire("demo2")).as("another organisation has its own bucket").isTrue();

        // Six an hour: one token back every ten minutes.
        now.set(now.get().plus(Duration.ofMinutes(10)));
        assertThat(throttle.tryAcquire("demo")).isTrue();
        assertThat(throttle.tryAcquire("demo")).isFalse();
    }
}
