package be.kompas.registers;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One bar of a statistic.
 *
 * @param label a message key when {@code translate}, otherwise data (a unit's name)
 * @param count {@code null} when suppressed because it is below the small-count limit
 */
public record Count(String label, boolean translate, @Nullable Long count) {

    /** The longest bar of a chart, at least 1 so that charts of nothing still scale. */
    public static long max(List<Count> counts) {
        return counts.stream().map(Count::count).filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(1);
    }
}
