package be.kompas.complaints.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.TagTrend;

/**
 * Complaints per ombuds norm and theme over the years as groups of bars, one group per tag and one bar per year,
 * oldest lightest, in an SVG drawn with attributes only like {@link TrendChart}. Groups are labelled N1 to N10 for
 * the norms and T1 to T4 for the themes; the table beside the chart names them.
 */
record TagTrendChart(List<Integer> years, List<Group> groups, List<Bar> bars, int max) {

    static final int HEIGHT = 200;
    private static final int SLOT = 60;
    private static final String[] COLOURS = { "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b" };

    /** One tag: its short label and position, and its counts per year (oldest first). */
    record Group(ComplaintTag tag, String label, int labelX, List<Integer> counts) {
    }

    record Bar(ComplaintTag tag, int year, int count, int x, int y, int height, String colour) {
    }

    static TagTrendChart of(TagTrend trend) {
        int max = Math.max(1, trend.counts().values().stream().flatMap(List::stream).mapToInt(Integer::intValue)
                .max().orElse(1));
        int years = trend.years().size();
        int bar = Math.max(2, (SLOT - 10) / Math.max(1, years));
        var groups = new ArrayList<Group>();
        var bars = new ArrayList<Bar>();
        int slot = 0;
        int norms = 0;
        int themes = 0;
        for (Map.Entry<ComplaintTag, List<Integer>> line : trend.counts().entrySet()) {
            boolean norm = line.getKey().name().startsWith("NORM_");
            String label = norm ? "N" + ++norms : "T" + ++themes;
            groups.add(new Group(line.getKey(), label, slot * SLOT + SLOT / 2, line.getValue()));
            for (int i = 0; i < years; i++) {
                int count = line.getValue().get(i);
                int height = Math.round((float) count * (HEIGHT - 20) / max);
                bars.add(new Bar(line.getKey(), trend.years().get(i), count, slot * SLOT + 5 + i * bar,
                        HEIGHT - 20 - height, height, COLOURS[Math.max(0, COLOURS.length - years + i)]));
            }
            slot++;
        }
        return new TagTrendChart(trend.years(), groups, bars, max);
    }

    public int width() {
        return Math.max(SLOT, groups.size() * SLOT);
    }

    public int height() {
        return HEIGHT;
    }

    public int barWidth() {
        return Math.max(2, (SLOT - 10) / Math.max(1, years.size())) - 1;
    }

    /** The colour of a year's bars, for the legend. */
    public String colour(int year) {
        return bars.stream().filter(b -> b.year() == year).map(Bar::colour).findFirst().orElse(COLOURS[0]);
    }
}
