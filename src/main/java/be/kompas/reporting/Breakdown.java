package be.kompas.reporting;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A bar chart: the parts of a section's total (by outcome, by means, by class, ...), with the year before. */
public record Breakdown(Label title, List<Figure> bars) {

    /** The longest bar of both years, at least 1 so that charts of nothing still scale. */
    public long max() {
        return Math.max(1, bars.stream().flatMap(b -> Stream.of(b.value(), b.previous())).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(1));
    }
}
