package be.kompas.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** The ten Belgian public holidays of domain.md section 13, item 9; three of them move with Easter. */
public final class BelgianHolidays {

    private BelgianHolidays() {
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) algorithm.
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The year's public holidays in date order. */
    public static List<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return List.of(LocalDate.of(year, Month.JANUARY, 1), easter.plusDays(1), LocalDate.of(year, Month.MAY, 1),
                easter.plusDays(39), easter.plusDays(50), LocalDate.of(year, Month.JULY, 21),
                LocalDate.of(year, Month.AUGUST, 15), LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.NOVEMBER, 11), LocalDate.of(year, Month.DECEMBER, 25))
                .stream().sorted().toList();
    }

    public static boolean isPublicHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }
}
