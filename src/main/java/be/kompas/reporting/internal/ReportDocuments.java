package be.kompas.reporting.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import be.kompas.core.document.Chart;
import be.kompas.core.document.Document;
import be.kompas.core.document.Table;
import be.kompas.reporting.Breakdown;
import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.Grid;
import be.kompas.reporting.Trend;

/**
 * Turns the sections into a {@link Document}: per section a heading, the generated commentary, a table of the
 * headline figures against the year before, the monthly trends and breakdowns as charts, and the tables. Hidden
 * small counts read "&lt;5" in tables and are left out of charts.
 */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static Document build(String title, String subtitle, List<FigureSection> sections, int year, Texts texts) {
        var document = Document.titled(title).subtitle(subtitle)
                .paragraph(texts.get("reporting.document.intro", String.valueOf(year), String.valueOf(year - 1)));
        for (FigureSection section : sections) {
            document.heading(texts.get(section.section().titleKey()));
            if (section.isEmpty()) {
                document.paragraph(texts.get("reporting.section.empty"));
                continue;
            }
            Commentary.of(section, year, texts).forEach(document::paragraph);
            if (!section.headlines().isEmpty()) {
                document.table(new Table(null, List.of(texts.get("reporting.column.figure"), String.valueOf(year),
                        String.valueOf(year - 1)), section.headlines().stream()
                                .map(f -> List.of(texts.label(f.label()), Texts.current(f), Texts.previous(f)))
                                .toList()));
            }
            section.trends().forEach(trend -> document.chart(trendChart(trend, year, texts)));
            section.breakdowns().forEach(breakdown -> breakdown(document, breakdown, year, texts));
            section.grids().forEach(grid -> document.table(gridTable(grid, texts)));
        }
        return document.build();
    }

    private static Chart trendChart(Trend trend, int year, Texts texts) {
        var months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.SHORT, texts.locale())).toList();
        return Chart.bar(texts.label(trend.title()), months, List.of(
                new Chart.Series(String.valueOf(year), zeroed(trend.months())),
                new Chart.Series(String.valueOf(year - 1), zeroed(trend.previousMonths()))));
    }

    private static List<Long> zeroed(List<? extends Long> values) {
        return values.stream().map(v -> v == null ? 0L : v).toList();
    }

    private static void breakdown(Document.Builder document, Breakdown breakdown, int year, Texts texts) {
        var shown = breakdown.bars().stream().filter(f -> f.value() != null).toList();
        boolean withPrevious = breakdown.bars().stream().anyMatch(f -> f.previous() != null);
        if (!shown.isEmpty()) {
            var series = new ArrayList<Chart.Series>();
            series.add(new Chart.Series(String.valueOf(year), shown.stream().map(Figure::value).toList()));
            if (withPrevious) {
                series.add(new Chart.Series(String.valueOf(year - 1),
                        shown.stream().map(f -> f.previous() == null ? 0L : f.previous()).toList()));
            }
            document.chart(Chart.bar(texts.label(breakdown.title()),
                    shown.stream().map(f -> texts.label(f.label())).toList(), series));
        }
        var headers = withPrevious ? List.of("", String.valueOf(year), String.valueOf(year - 1))
                : List.of("", String.valueOf(year));
        document.table(new Table(texts.label(breakdown.title()), headers, breakdown.bars().stream()
                .map(f -> withPrevious ? List.of(texts.label(f.label()), Texts.current(f), Texts.previous(f))
                        : List.of(texts.label(f.label()), Texts.current(f)))
                .toList()));
    }

    private static Table gridTable(Grid grid, Texts texts) {
        var headers = new ArrayList<String>();
        headers.add("");
        grid.columns().forEach(c -> headers.add(texts.label(c)));
        return new Table(texts.label(grid.title()), headers, grid.rows().stream().map(row -> {
            var cells = new ArrayList<String>();
            cells.add(texts.label(row.label()));
            row.cells().forEach(c -> cells.add(Texts.count(c, true)));
            return (List<String>) cells;
        }).toList());
    }
}
