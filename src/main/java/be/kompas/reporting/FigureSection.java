package be.kompas.reporting;

import java.util.List;

/**
 * One module's figures for a year: headline numbers (with the year before, for the commentary), bar charts, monthly
 * trends and tables. Labels are keys of the providing module's bundle unless marked as data.
 */
public record FigureSection(ReportSection section, List<Figure> headlines, List<Breakdown> breakdowns,
        List<Trend> trends, List<Grid> grids) {

    public static FigureSection empty(ReportSection section) {
        return new FigureSection(section, List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return headlines.isEmpty() && breakdowns.isEmpty() && trends.isEmpty() && grids.isEmpty();
    }
}
