package be.kompas.lookups.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly counts laid out as small bar charts, one per series, with the coordinates computed here so that the
 * template draws plain SVG without script or inline style.
 */
public record TrendChart(List<String> months, List<Series> series) {

    static final int WIDTH = 360;
    static final int HEIGHT = 80;

    public record Bar(int x, int y, int width, int height, String month, long value) {
    }

    public record Series(String name, long total, List<Bar> bars) {
    }

    /** @param rows {@code month}, {@code series} and {@code n} per row */
    static TrendChart of(List<Map<String, Object>> rows) {
        var months = new TreeSet<String>();
        var counts = new TreeMap<String, Map<String, Long>>();
        long max = 1;
        for (Map<String, Object> row : rows) {
            String month = String.valueOf(row.get("month"));
            long n = ((Number) row.get("n")).longValue();
            months.add(month);
            counts.computeIfAbsent(String.valueOf(row.get("series")), s -> new TreeMap<>()).put(month, n);
            max = Math.max(max, n);
        }
        var monthList = List.copyOf(months);
        int slot = monthList.isEmpty() ? WIDTH : WIDTH / monthList.size();
        var series = new ArrayList<Series>();
        for (var entry : counts.entrySet()) {
            var bars = new ArrayList<Bar>();
            long total = 0;
            for (int i = 0; i < monthList.size(); i++) {
                long value = entry.getValue().getOrDefault(monthList.get(i), 0L);
                total += value;
                int height = (int) Math.round((HEIGHT - 4) * (double) value / max);
                bars.add(new Bar(i * slot + 2, HEIGHT - height, Math.max(1, slot - 4), height, monthList.get(i),
                        value));
            }
            series.add(new Series(entry.getKey(), total, bars));
        }
        return new TrendChart(monthList, series);
    }
}
