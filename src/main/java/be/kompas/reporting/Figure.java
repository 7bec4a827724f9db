package be.kompas.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One number of a section (a headline or a bar), with the year before when it is known.
 *
 * @param value {@code null} when suppressed (see {@link SmallCounts})
 * @param previous the same figure a year earlier; {@code null} when unknown or suppressed
 */
public record Figure(Label label, @Nullable Long value, @Nullable Long previous) {

    public static Figure of(String key, long value, @Nullable Long previous) {
        return new Figure(Label.key(key), value, previous);
    }

    /** A figure for the AIG or another audience outside the owning team: counts from 1 to 4 hidden, both years. */
    public static Figure hidden(String key, long value, long previous) {
        return new Figure(Label.key(key), SmallCounts.hide(value), SmallCounts.hide(previous));
    }

    public boolean suppressed() {
        return value == null;
    }
}
