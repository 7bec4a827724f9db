package be.kompas.registers;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A register's figures for one year, with the year before for the trend.
 *
 * @param breakdowns label key of a breakdown (e.g. by means) to its bars
 * @param months twelve counts, January first; {@code previousMonths} the same for the year before
 */
public record YearStatistics(int year, long total, long previousTotal, Map<String, List<Count>> breakdowns,
        List<Long> months, List<Long> previousMonths) {

    /** The highest month of both years, at least 1, to scale the month chart. */
    public long monthMax() {
        return Math.max(1, Stream.concat(months.stream(), previousMonths.stream()).mapToLong(Long::longValue).max()
                .orElse(1));
    }
}
