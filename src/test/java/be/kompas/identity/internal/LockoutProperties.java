package be.kompas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LockoutProperties {

    private final IdentitySettings.Lockout lockout = new IdentitySettings.Lockout(5, Duration.ofMinutes(1),
            Duration.ofHours(1));

    @Property
    void freeAttemptsNeverLock(@ForAll @IntRange(min = 0, max = 4) int failures) {
        assertThat(lockout.lockAfter(failures)).isZero();
    }

    @Property
    void eachFailureLocksAtLeastAsLongAsTheOneBefore(@ForAll @IntRange(min = 5, max = 10_000) int failures) {
        assertThat(lockout.lockAfter(failures)).isGreaterThanOrEqualTo(lockout.lockAfter(failures - 1))
                .isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    }
}
