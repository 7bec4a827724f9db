package be.kompas.lookups.engine;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 timestamps with an offset into epoch milliseconds.
 * <p>
 * The common shape {@code 2026-03-14T22:41:07+01:00} (optionally with a fraction or {@code Z}) is read straight from
 * the characters, because {@link OffsetDateTime#parse} would cost more than all the rest of an event; anything else
 * falls back to it.
 */
public final class Timestamps {

    /** Returned for text that is not a timestamp with an offset. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final int[] DAYS_IN_MONTH = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    private Timestamps() {
    }

    public static long parse(CharSequence text) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** Parses the UTF-8 text in {@code b[from, from + length)}. */
    public static long parse(byte[] b, int from, int length) {
        long fast = parseCommon(b, from, length);
        if (fast != INVALID || length == 0) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(new String(b, from, length, StandardCharsets.UTF_8)).toInstant()
                    .toEpochMilli();
        }
        catch (DateTimeParseException e) {
            return INVALID;
        }
    }

    private static long parseCommon(byte[] b, int from, int n) {
        if (n < 20 || b[from + 4] != '-' || b[from + 7] != '-' || (b[from + 10] | 0x20) != 't'
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return INVALID;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1] || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || (month == 2 && day == 29 && !isLeap(year))) {
            return INVALID;
        }
        int end = from + n;
        int i = from + 19;
        int millis = 0;
        if (b[i] == '.') {
            int start = ++i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (i - start < 3) {
                    millis = millis * 10 + (b[i] - '0');
                }
                i++;
            }
            if (i == start) {
                return INVALID;
            }
            for (int scale = i - start; scale < 3; scale++) {
                millis *= 10;
            }
        }
        int offsetSeconds;
        if (i == end - 1 && (b[i] | 0x20) == 'z') {
            offsetSeconds = 0;
        }
        else if (i == end - 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
            int offsetHours = digits(b, i + 1, 2);
            int offsetMinutes = digits(b, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
                return INVALID;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (b[i] == '-' ? -1 : 1);
        }
        else {
            return INVALID;
        }
        long epochDay = epochDay(year, month, day);
        return ((epochDay * 86_400 + hour * 3600L + minute * 60L + second) - offsetSeconds) * 1000 + millis;
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
