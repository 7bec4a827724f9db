package be.kompas.reporting;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Twelve months of a year against the year before.
 *
 * @param months January first; an entry is {@code null} when suppressed
 */
public record Trend(Label title, List<@org.jspecify.annotations.Nullable Long> months,
        List<@org.jspecify.annotations.Nullable Long> previousMonths) {

    public long max() {
        return Math.max(1, Stream.concat(months.stream(), previousMonths.stream()).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(1));
    }
}
