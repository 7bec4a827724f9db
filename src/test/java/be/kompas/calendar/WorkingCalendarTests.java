package be.kompas.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarTests {

    /** A fixed local day off, to check that the organisation's own days count like holidays. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2026, 6, 15)));

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 200).map(n -> LocalDate.of(1950, 1, 1).plusDays(n));
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 400) int n) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(date, n))).isTrue();
    }

    @Property
    void countingBackGivesWhatWasAdded(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate later = CALENDAR.addWorkingDays(date, n);
        assertThat(CALENDAR.workingDaysBetween(date, later)).isEqualTo(n);
        assertThat(CALENDAR.workingDaysBetween(later, date)).isEqualTo(-n);
        assertThat(CALENDAR.workingDaysBetween(date, later.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void neverCountsWeekendsOrHolidays(@ForAll("dates") LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(CALENDAR.isWorkingDay(date))
                .isEqualTo(!weekend && !BelgianHolidays.isPublicHoliday(date) && !CALENDAR.daysOff().contains(date));
    }

    /** Gauss's Easter algorithm with its two Gregorian exceptions, written independently of the one under test. */
    private static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, Month.APRIL, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, Month.APRIL, 18);
        }
        return LocalDate.of(year, Month.MARCH, 22).plusDays(d + e);
    }

    @Property
    void easterMatchesGaussFrom1900To2100(@ForAll @IntRange(min = 1900, max = 2100) int year) {
        LocalDate easter = BelgianHolidays.easterSunday(year);
        assertThat(easter).isEqualTo(gaussEaster(year));
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }

    @Test
    void easterMatchesKnownDates() {
        Map.of(1961, "04-02", 2000, "04-23", 2008, "03-23", 2011, "04-24", 2019, "04-21", 2024, "03-31", 2025,
                "04-20", 2026, "04-05", 2038, "04-25", 2285, "03-22").forEach((year, day) -> assertThat(
                        BelgianHolidays.easterSunday(year)).isEqualTo(LocalDate.parse(year + "-" + day)));
    }

    @Test
    void listsTheTenBelgianHolidaysOf2026() {
        assertThat(BelgianHolidays.of(2026)).extracting(LocalDate::toString).containsExactly("2026-01-01",
                "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-07-21", "2026-08-15", "2026-11-01",
                "2026-11-11", "2026-12-25");
    }

    @Test
    void countsSevenWorkingDaysAfterReceipt() {
        // Received on Thursday 24 December 2026: Christmas, the weekend and 1 January do not count.
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 24), 7)).isEqualTo(LocalDate.of(2027, 1, 6));
        // The organisation's own day off (Monday 15 June 2026) is skipped too.
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 6, 12), 1)).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 6, 13), 0)).isEqualTo(LocalDate.of(2026, 6, 16));
    }
}
