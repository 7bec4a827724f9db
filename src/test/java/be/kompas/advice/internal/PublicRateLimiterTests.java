package be.kompas.advice.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.kompas.tenancy.OrganisationId;

class PublicRateLimiterTests {

    @Test
    void emptiesPerOrganisationAndActionAndRefillsOverTime() {
        var start = Instant.parse("2026-11-25T10:00:00Z");
        var clock = new MutableClock(start);
        var limiter = new PublicRateLimiter(new PublicRateLimiter.Settings(3, 600, 12), clock);
        var demo = new OrganisationId(UUID.randomUUID());
        var other = new OrganisationId(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            limiter.take(demo, PublicRateLimiter.Action.SUBMIT);
        }
        assertThatThrownBy(() -> limiter.take(demo, PublicRateLimiter.Action.SUBMIT))
                .isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> limiter.take(other, PublicRateLimiter.Action.SUBMIT)).doesNotThrowAnyException();
        assertThatCode(() -> limiter.take(demo, PublicRateLimiter.Action.LOGIN)).doesNotThrowAnyException();
        clock.now = start.plus(Duration.ofMinutes(20));
        assertThatCode(() -> limiter.take(demo, PublicRateLimiter.Action.SUBMIT)).doesNotThrowAnyException();
    }

    /** A clock the test moves by hand; shared with {@link ProofOfWorkTests}. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
