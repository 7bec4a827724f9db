package be.kompas.advice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.core.document.Chart;
import be.kompas.core.document.Document;
import be.kompas.core.document.PdfDocuments;
import be.kompas.core.document.Table;
import be.kompas.tenancy.Organisation;

/**
 * The yearly report of domain.md 3, in the organisation's language, holding exactly what that section lists: the
 * number of questions, the categories (a table and a bar chart), the average lead time and the general follow-up (a
 * table and a pie chart). Aggregates only, small counts hidden: a hidden count ("&lt;5") is left out of the charts,
 * which say so.
 */
@Component
public class YearlyReportPdf {

    private final MessageSource messages;

    YearlyReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(Organisation organisation, AdviceStatistics.Figures figures, Map<String, String> categoryLabels) {
        Locale locale = organisation.locale();
        var categories = figures.byCategory().stream().map(row -> new AdviceStatistics.Row(
                categoryLabels.getOrDefault(row.key(), text(locale, "advice.category." + row.key())), row.count()))
                .toList();
        var followUp = figures.byOutcome().stream()
                .map(row -> new AdviceStatistics.Row(text(locale, row.key()), row.count())).toList();
        var answer = figures.toAnswer();
        var report = Document.titled(text(locale, "advice.yearly.title", organisation.name(), figures.year()))
                .subtitle(text(locale, "advice.yearly.subtitle"))
                .paragraph(text(locale, "advice.statistics.total") + ": " + figures.total())
                .paragraph(text(locale, "advice.statistics.toAnswer") + ": " + (answer.mean() == null
                        ? text(locale, "common.none")
                        : text(locale, "advice.statistics.leadTimes", answer.mean(), answer.median(), answer.p90())))
                .heading(text(locale, "advice.board.category"))
                .table(table(locale, text(locale, "advice.board.category"), categories));
        var shownCategories = shown(categories);
        if (!shownCategories.isEmpty()) {
            report.chart(Chart.bar(text(locale, "advice.board.category"), labels(shownCategories),
                    List.of(new Chart.Series(text(locale, "advice.statistics.total"), counts(shownCategories)))));
        }
        report.heading(text(locale, "advice.yearly.followUp"))
                .table(table(locale, text(locale, "advice.yearly.followUp"), followUp));
        var shownFollowUp = shown(followUp);
        if (!shownFollowUp.isEmpty()) {
            report.chart(Chart.pie(text(locale, "advice.yearly.followUp"), labels(shownFollowUp),
                    new Chart.Series(text(locale, "advice.statistics.total"), counts(shownFollowUp))));
        }
        if (shownCategories.size() < categories.size() || shownFollowUp.size() < followUp.size()) {
            report.paragraph(text(locale, "advice.yearly.hiddenInCharts"));
        }
        return PdfDocuments.toBytes(report.build());
    }

    private Table table(Locale locale, String header, List<AdviceStatistics.Row> rows) {
        return Table.of(List.of(header, text(locale, "advice.yearly.count")),
                rows.stream().map(row -> List.of(row.key(), row.count())).toList());
    }

    /** The rows whose count is shown as a number; a hidden small count ("&lt;5") cannot be drawn. */
    private static List<AdviceStatistics.Row> shown(List<AdviceStatistics.Row> rows) {
        return rows.stream().filter(row -> row.count().chars().allMatch(Character::isDigit)).toList();
    }

    private static List<String> labels(List<AdviceStatistics.Row> rows) {
        return rows.stream().map(AdviceStatistics.Row::key).toList();
    }

    private static List<Long> counts(List<AdviceStatistics.Row> rows) {
        return rows.stream().map(row -> Long.parseLong(row.count())).toList();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
