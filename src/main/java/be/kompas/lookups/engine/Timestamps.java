package be.kompas.lookups.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
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
        if (n < 20) {
            return INVALID;
        }
        return parseTime(b, from, n, date(b, from));
    }

    /** The epoch day of the date at the start of a timestamp, or {@link #INVALID}; {@code b} has 20 bytes there. */
    private static long date(byte[] b, int from) {
        if (b[from + 4] != '-' || b[from + 7] != '-') {
            return INVALID;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]
                || (month == 2 && day == 29 && !isLeap(year))) {
            return INVALID;
        }
        return epochDay(year, month, day);
    }

    /** Parses the time and offset after a date whose epoch day is known (or {@link #INVALID}). */
    private static long parseTime(byte[] b, int from, int n, long epochDay) {
        if (epochDay == INVALID || (b[from + 10] | 0x20) != 't' || b[from + 13] != ':' || b[from + 16] != ':') {
            return INVALID;
        }
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
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
        return ((epochDay * 86_400 + hour * 3600L + minute * 60L + second) - offsetSeconds) * 1000 + millis;
    }

    /**
     * Parses the timestamps of one thread, remembering the last date it read: the look-ups of a file come day by day,
     * so the date's digits are nearly always the same as the row before.
     */
    static final class Parser {
        private long lastDate;
        private int lastDateTail = -1;
        private long lastEpochDay = INVALID;

        /** As {@link Timestamps#parse(byte[], int, int)}. */
        long parse(byte[] b, int from, int length) {
            if (length < 20) {
                return Timestamps.parse(b, from, length);
            }
            // The date's ten bytes, compared as a long and the two bytes after it.
            long date = (long) LONGS.get(b, from);
            int tail = (b[from + 8] & 0xff) << 8 | (b[from + 9] & 0xff);
            if (date != lastDate || tail != lastDateTail) {
                lastEpochDay = date(b, from);
                lastDate = date;
                lastDateTail = tail;
            }
            long fast = parseTime(b, from, length, lastEpochDay);
            return fast != INVALID ? fast : Timestamps.parse(b, from, length);
        }
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
