package be.kompas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** The ASCII secret "12345678901234567890" of RFC 6238 appendix B, in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130" })
    void matchesTheRfcTestVectors(long epochSeconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, epochSeconds / Totp.STEP_SECONDS)).isEqualTo(expected);
    }

    @Test
    void acceptsTheNeighbouringStepsForClockDrift() {
        Totp totp = at(1111111111);
        long step = 1111111111 / Totp.STEP_SECONDS;
        assertThat(totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1))).hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1))).hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 3))).isEmpty();
    }

    @Test
    void refusesCodesThatAreNotSixDigits() {
        Totp totp = at(59);
        assertThat(totp.matchingStep(RFC_SECRET, "28708")).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "abcdef")).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "287 082")).hasValue(1);
    }

    @Test
    void newSecretsAreDistinctAndDecodeToTwentyBytes() {
        String one = Totp.newSecret();
        assertThat(one).isNotEqualTo(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }

    private static Totp at(long epochSeconds) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
    }
}
