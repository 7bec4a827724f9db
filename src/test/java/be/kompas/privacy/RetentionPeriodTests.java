package be.kompas.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RetentionPeriodTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The local time of day is kept across a change to or from summer time. */
    @Test
    void countsMonthsAndYearsOnTheCalendar() {
        Instant now = Instant.parse("2026-03-31T10:00:00Z");
        assertThat(new RetentionPeriod(1, RetentionUnit.MONTHS).cutOff(now, BRUSSELS))
                .isEqualTo(Instant.parse("2026-02-28T11:00:00Z"));
        assertThat(new RetentionPeriod(5, RetentionUnit.YEARS).cutOff(now, BRUSSELS))
                .isEqualTo(Instant.parse("2021-03-31T10:00:00Z"));
        assertThat(new RetentionPeriod(30, RetentionUnit.DAYS).cutOff(now, BRUSSELS))
                .isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
    }

    @Test
    void refusesAPeriodThatIsNotPositive() {
        assertThatThrownBy(() -> new RetentionPeriod(0, RetentionUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
