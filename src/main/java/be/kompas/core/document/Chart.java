package be.kompas.core.document;

import java.util.List;

/**
 * A chart of one or more series over shared categories (months, outcomes, classes, ...).
 *
 * @param valueLabel label of the value axis, may be empty
 */
public record Chart(Kind kind, String title, String valueLabel, List<String> categories, List<Series> series)
        implements Document.Block {

    @Override
    public void renderTo(Document.Renderer renderer) {
        renderer.chart(this);
    }


    public enum Kind {
        BAR, STACKED_BAR, LINE, PIE,
        /** One axis per category, one polygon per series (a maturity profile against the year before). */
        RADAR
    }

    /** The values of one series, one per category. */
    public record Series(String name, List<? extends Number> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (kind == Kind.PIE && series.size() != 1) {
            throw new IllegalArgumentException("A pie chart shows exactly one series");
        }
    }

    public static Chart bar(String title, List<String> categories, List<Series> series) {
        return new Chart(Kind.BAR, title, "", categories, series);
    }

    public static Chart line(String title, List<String> categories, List<Series> series) {
        return new Chart(Kind.LINE, title, "", categories, series);
    }

    public static Chart radar(String title, List<String> categories, List<Series> series) {
        return new Chart(Kind.RADAR, title, "", categories, series);
    }

    public static Chart pie(String title, List<String> categories, Series series) {
        return new Chart(Kind.PIE, title, "", categories, List.of(series));
    }
}
