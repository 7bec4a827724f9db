package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import be.kompas.registers.Count;
import be.kompas.registers.YearStatistics;

/** Counts a register's entries of a year and the year before into {@link YearStatistics}. */
final class Tally<T> {

    /**
     * One breakdown.
     *
     * @param labelPrefix the message-key prefix of the values, or {@code null} when they are data (unit names)
     */
    record Breakdown<T>(String key, @Nullable String labelPrefix, Function<T, Collection<String>> values) {
    }

    private final Function<T, LocalDate> date;
    private final List<Breakdown<T>> breakdowns = new ArrayList<>();

    Tally(Function<T, LocalDate> date) {
        this.date = date;
    }

    Tally<T> by(String key, @Nullable String labelPrefix, Function<T, Collection<String>> values) {
        breakdowns.add(new Breakdown<>(key, labelPrefix, values));
        return this;
    }

    /** @param rows the entries of {@code year} and of the year before */
    YearStatistics count(int year, List<T> rows) {
        var current = rows.stream().filter(r -> date.apply(r).getYear() == year).toList();
        var previous = rows.stream().filter(r -> date.apply(r).getYear() == year - 1).toList();
        var result = new LinkedHashMap<String, List<Count>>();
        for (var breakdown : breakdowns) {
            Map<String, Long> counts = current.stream().flatMap(r -> breakdown.values().apply(r).stream())
                    .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
            result.put(breakdown.key(), counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> breakdown.labelPrefix() == null ? new Count(e.getKey(), false, e.getValue())
                            : new Count(breakdown.labelPrefix() + e.getKey(), true, e.getValue()))
                    .toList());
        }
        return new YearStatistics(year, current.size(), previous.size(), result, months(current), months(previous));
    }

    private List<Long> months(List<T> rows) {
        var months = new ArrayList<Long>();
        for (int month = 1; month <= 12; month++) {
            int m = month;
            months.add(rows.stream().filter(r -> date.apply(r).getMonthValue() == m).count());
        }
        return months;
    }
}
