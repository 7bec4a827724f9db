package be.kompas.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.kompas.tenancy.OrganisationId;

class ProofOfWorkTests {

    private final PublicRateLimiterTests.MutableClock clock = new PublicRateLimiterTests.MutableClock(
            Instant.parse("2026-11-25T10:00:00Z"));
    private final ProofOfWork work = new ProofOfWork(new ProofOfWork.Settings(8, Duration.ofMinutes(30)), clock);

    @Test
    void acceptsASolvedChallengeOnceAndNothingElse() {
        String challenge = work.challenge();
        String nonce = solve(challenge, 8);
        assertThat(work.verify(challenge, "not-a-solution-" + wrongNonce(challenge))).isFalse();
        assertThat(work.verify(challenge, nonce)).isTrue();
        assertThat(work.verify(challenge, nonce)).as("replayed").isFalse();
        String forged = challenge.substring(0, challenge.lastIndexOf('.') + 1) + "AAAA";
        assertThat(work.verify(forged, solve(forged, 8))).isFalse();
        assertThat(work.verify(null, nonce)).isFalse();
        assertThat(work.verify("a.b", "1")).isFalse();
    }

    @Test
    void refusesAnExpiredChallenge() {
        String challenge = work.challenge();
        String nonce = solve(challenge, 8);
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(work.verify(challenge, nonce)).isFalse();
    }

    @Test
    void aProvenSubmissionGetsThroughWhenThePlainBudgetIsEmpty() {
        var limiter = new PublicRateLimiter(new PublicRateLimiter.Settings(1, 600, 2), clock);
        var organisation = new OrganisationId(UUID.randomUUID());
        limiter.take(organisation, PublicRateLimiter.Action.SUBMIT);
        assertThatThrownBy(() -> limiter.take(organisation, PublicRateLimiter.Action.SUBMIT, false))
                .isInstanceOf(RateLimitedException.class);
        limiter.take(organisation, PublicRateLimiter.Action.SUBMIT, true);
        limiter.take(organisation, PublicRateLimiter.Action.SUBMIT, true);
        assertThatThrownBy(() -> limiter.take(organisation, PublicRateLimiter.Action.SUBMIT, true))
                .isInstanceOf(RateLimitedException.class);
    }

    private static String solve(String challenge, int bits) {
        for (int i = 0;; i++) {
            if (ProofOfWork.hasLeadingZeroBits(ProofOfWork.sha256(challenge + ":" + i), bits)) {
                return String.valueOf(i);
            }
        }
    }

    private static String wrongNonce(String challenge) {
        for (int i = 0;; i++) {
            if (!ProofOfWork.hasLeadingZeroBits(ProofOfWork.sha256(challenge + ":not-a-solution-" + i), 8)) {
                return String.valueOf(i);
            }
        }
    }
}
