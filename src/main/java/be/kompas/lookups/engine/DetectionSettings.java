package be.kompas.lookups.engine;

import java.time.Duration;

/**
 * What the engine treats as suspicious; {@link #defaults()} documents each default.
 *
 * @param threshold     minimal score of a proposed look-up
 * @param reorderWindow how far events may arrive out of time order and still be put back in order for the burst and
 *                      repeat counts
 * @param bulkWindow    length of the sliding window for bulk browsing
 * @param bulkMinimum   distinct unexplained subjects in that window that make a burst
 * @param repeatWindow  how long unexplained look-ups are remembered for repeats; also bounds the engine's state
 * @param repeatMinimum separate sessions on the same subject, within the repeat window, that make a repeat
 * @param repeatGap     time between two look-ups of the same subject that starts a new session, so that a query
 *                      followed by a view and a print counts once
 * @param offDutyGrace  time around a shift that still counts as on duty
 */
public record DetectionSettings(int threshold, Duration reorderWindow, Duration bulkWindow, int bulkMinimum,
        Duration repeatWindow, int repeatMinimum, Duration repeatGap, Duration offDutyGrace) {

    public DetectionSettings {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be between 0 and 100, not " + threshold);
        }
        if (bulkMinimum < 2 || repeatMinimum < 2) {
            throw new IllegalArgumentException("bulk and repeat minimums must be at least 2");
        }
        requireNonNegative(reorderWindow, "reorder window");
        requireNonNegative(bulkWindow, "bulk window");
        requireNonNegative(repeatWindow, "repeat window");
        requireNonNegative(repeatGap, "repeat gap");
        requireNonNegative(offDutyGrace, "off-duty grace");
    }

    /**
     * Threshold 50: see {@link Reason}. Reorder window 1 hour: exports are nearly sorted; an hour covers clock skew
     * between systems and costs only the suspicious events held meanwhile. Bulk: 8 distinct unexplained subjects in
     * 1 hour; an officer on duty rarely has more than two or three unexplained look-ups an hour. Repeat: 3 sessions
     * at least 15 minutes apart within 90 days; once may be a mistake, twice a follow-up, three times a pattern (an
     * ex-partner, a neighbour), while a query, view and print of one person within minutes is one session. Off-duty grace 0: a roster is what the service planned, and overtime that a case
     * explains is never proposed anyway.
     */
    public static DetectionSettings defaults() {
        return new DetectionSettings(50, Duration.ofHours(1), Duration.ofHours(1), 8, Duration.ofDays(90), 3,
                Duration.ofMinutes(15), Duration.ZERO);
    }

    public DetectionSettings withThreshold(int value) {
        return new DetectionSettings(value, reorderWindow, bulkWindow, bulkMinimum, repeatWindow, repeatMinimum,
                repeatGap, offDutyGrace);
    }

    public DetectionSettings withReorderWindow(Duration value) {
        return new DetectionSettings(threshold, value, bulkWindow, bulkMinimum, repeatWindow, repeatMinimum,
                repeatGap, offDutyGrace);
    }

    public DetectionSettings withBulk(Duration window, int minimum) {
        return new DetectionSettings(threshold, reorderWindow, window, minimum, repeatWindow, repeatMinimum,
                repeatGap, offDutyGrace);
    }

    public DetectionSettings withRepeat(Duration window, int minimum, Duration gap) {
        return new DetectionSettings(threshold, reorderWindow, bulkWindow, bulkMinimum, window, minimum, gap,
                offDutyGrace);
    }

    public DetectionSettings withOffDutyGrace(Duration value) {
        return new DetectionSettings(threshold, reorderWindow, bulkWindow, bulkMinimum, repeatWindow, repeatMinimum,
                repeatGap, value);
    }

    /** How long the engine keeps unexplained look-ups: the longer of the two windows. */
    public long memoryMillis() {
        return Math.max(bulkWindow.toMillis(), repeatWindow.toMillis());
    }

    private static void requireNonNegative(Duration duration, String name) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
