package be.kompas.policy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.kompas.policy.ClimateDimension;
import be.kompas.policy.SurveyResults;

/**
 * The survey results over the years as horizontal bars drawn by the template: one group of bars per dimension, one
 * bar per year (the last four surveys that have results to show), the scale running from 1 to 5.
 */
record ClimateChart(List<Row> rows, List<Integer> years, int height) {

    static final int WIDTH = 360;
    private static final int BAR = 12;
    private static final int GAP = 14;
    private static final int SHOWN_YEARS = 4;

    record Bar(int year, int shade, int y, String width, String value) {
    }

    record Row(ClimateDimension dimension, int y, List<Bar> bars) {
    }

    static ClimateChart of(List<SurveyResults> trend) {
        var shown = trend.stream().filter(results -> !results.overall().suppressed()).toList();
        shown = shown.subList(Math.max(0, shown.size() - SHOWN_YEARS), shown.size());
        var rows = new ArrayList<Row>();
        var y = 0;
        for (var dimension : ClimateDimension.values()) {
            var rowY = y;
            var bars = new ArrayList<Bar>();
            for (int i = 0; i < shown.size(); i++) {
                var mean = shown.get(i).overall().mean(dimension).orElse(1.0);
                bars.add(new Bar(shown.get(i).survey().year(), i, y,
                        String.format(Locale.ROOT, "%.1f", WIDTH * (mean - 1) / 4),
                        String.format(Locale.ROOT, "%.2f", mean)));
                y += BAR;
            }
            rows.add(new Row(dimension, rowY, bars));
            y += GAP;
        }
        return new ClimateChart(rows, shown.stream().map(results -> results.survey().year()).toList(), y);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public int width() {
        return WIDTH;
    }
}
