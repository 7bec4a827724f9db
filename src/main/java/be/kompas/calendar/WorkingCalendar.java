package be.kompas.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The working days of one organisation: Monday to Friday, minus Belgian public holidays and the organisation's own
 * days off.
 *
 * @param daysOff the organisation's extra days off
 */
public record WorkingCalendar(Set<LocalDate> daysOff) {

    public WorkingCalendar {
        daysOff = Set.copyOf(daysOff);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BelgianHolidays.isPublicHoliday(date) && !daysOff.contains(date);
    }

    /**
     * The n-th working day after {@code date} ("within 7 working days after the day of receipt"); the day itself
     * never counts. With {@code n = 0} the date itself, or the next working day when it is none.
     *
     * @param n zero or more
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
        }
        LocalDate day = date;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}. The inverse of {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
