package be.kompas.lookups.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits one RFC 4180 line held as bytes into fields, without copying unless the line has quotes. Not thread-safe:
 * one per thread.
 */
final class CsvLine {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final int GO_ON = -2;

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] unquoted = new byte[256];
    private byte[] data = unquoted;
    private int count;
    /** Where the field being split starts, in {@link #splitToLineEnd}. */
    private int fieldStart;

    /** Splits {@code source[from, to)}, a line without its line end. */
    void split(byte[] source, int from, int to) {
        count = 0;
        int quote = -1;
        for (int i = from; i < to; i++) {
            if (source[i] == '"') {
                quote = i;
                break;
            }
        }
        if (quote < 0) {
            data = source;
            int start = from;
            for (int i = from; i < to; i++) {
                if (source[i] == ',') {
                    add(start, i);
                    start = i + 1;
                }
            }
            add(start, to);
            return;
        }
        splitQuoted(source, from, to);
    }

    /**
     * Splits the line that starts at {@code from} in one pass and returns the position of its line end ({@code limit}
     * if none), or -1 without splitting if the line has a quote, which {@link #split} must then handle.
     */
    int splitToLineEnd(byte[] source, int from, int limit) {
        count = 0;
        data = source;
        fieldStart = from;
        int i = from;
        // Eight bytes at a time: a word's commas, line ends and quotes, lowest first, without a branch per byte.
        for (; i + 8 <= limit; i += 8) {
            long word = (long) LONGS.get(source, i);
            long marks = matches(word, ',' * ONES) | matches(word, '\n' * ONES) | matches(word, '"' * ONES);
            while (marks != 0) {
                int end = mark(source, i + (Long.numberOfTrailingZeros(marks) >>> 3));
                if (end != GO_ON) {
                    return end;
                }
                marks &= marks - 1;
            }
        }
        for (; i < limit; i++) {
            int end = mark(source, i);
            if (end != GO_ON) {
                return end;
            }
        }
        add(fieldStart, limit > fieldStart && source[limit - 1] == '\r' ? limit - 1 : limit);
        return limit;
    }

    /**
     * Takes the byte at {@code at}: a comma ends a field, a line end the line (returned), a quote needs the slow path
     * (-1); anything else goes on ({@link #GO_ON}).
     */
    private int mark(byte[] source, int at) {
        byte b = source[at];
        if (b == ',') {
            add(fieldStart, at);
            fieldStart = at + 1;
            return GO_ON;
        }
        if (b == '\n') {
            add(fieldStart, at > fieldStart && source[at - 1] == '\r' ? at - 1 : at);
            return at;
        }
        return b == '"' ? -1 : GO_ON;
    }

    /** The high bit of each byte of {@code word} that equals the byte repeated in {@code pattern}, exactly. */
    private static long matches(long word, long pattern) {
        long x = word ^ pattern;
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** The slow path: copies the line, unquoting fields and their doubled quotes. */
    private void splitQuoted(byte[] source, int from, int to) {
        if (unquoted.length < to - from) {
            unquoted = new byte[Math.max(to - from, unquoted.length * 2)];
        }
        data = unquoted;
        int out = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            byte b = source[i];
            if (quoted) {
                if (b == '"') {
                    if (i + 1 < to && source[i + 1] == '"') {
                        unquoted[out++] = '"';
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    unquoted[out++] = b;
                }
            }
            else if (b == '"' && out == start) {
                quoted = true;
            }
            else if (b == ',') {
                add(start, out);
                start = out;
            }
            else {
                unquoted[out++] = b;
            }
        }
        add(start, out);
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        // Spaces around a field are not part of an identifier.
        while (start < end && data[start] == ' ') {
            start++;
        }
        while (end > start && data[end - 1] == ' ') {
            end--;
        }
        starts[count] = start;
        ends[count++] = end;
    }

    int count() {
        return count;
    }

    byte[] data() {
        return data;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return field < count ? ends[field] - starts[field] : 0;
    }

    String text(int field) {
        return field < count ? new String(data, starts[field], length(field), java.nio.charset.StandardCharsets.UTF_8)
                : "";
    }
}
