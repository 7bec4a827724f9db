package be.kompas.complaints.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.ExportRow;
import be.kompas.complaints.Outcome;
import be.kompas.core.Formats;
import be.kompas.core.document.Chart;
import be.kompas.core.document.Document;
import be.kompas.core.document.Table;

/**
 * The figures of a period as a document for the control bodies (rendered to PDF): counts per kind, channel, fact code
 * and outcome with the shares as the yearly figures compute them, items per month and the list of items, all without
 * names or free text, like the CSV export.
 */
final class PeriodReport {

    private final MessageSource messages;
    private final Formats formats;
    private final Locale locale;

    private PeriodReport(MessageSource messages, Formats formats, Locale locale) {
        this.messages = messages;
        this.formats = formats;
        this.locale = locale;
    }

    static Document of(MessageSource messages, Formats formats, Locale locale, String organisation, LocalDate from,
            LocalDate to, List<ExportRow> rows) {
        return new PeriodReport(messages, formats, locale).build(organisation, from, to, rows);
    }

    private Document build(String organisation, LocalDate from, LocalDate to, List<ExportRow> rows) {
        var complaints = rows.stream().filter(row -> row.kind() == ComplaintKind.COMPLAINT).toList();
        var closed = complaints.stream().filter(row -> row.status() == ComplaintStatus.CLOSED).toList();
        var lead = closed.stream().map(ExportRow::leadDays).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .average();
        var report = Document.titled(text("complaints.report.title", formats.date(from),
                formats.date(to))).subtitle(organisation)
                .paragraph(text("complaints.report.intro", rows.size(), complaints.size(), closed.size()))
                .paragraph(lead.isPresent() ? text("complaints.report.lead", lead.getAsDouble())
                        : text("complaints.report.noLead"));

        var kinds = new LinkedHashMap<String, Integer>();
        for (ComplaintKind kind : ComplaintKind.values()) {
            kinds.put(text("complaints.kind." + kind), (int) rows.stream().filter(r -> r.kind() == kind).count());
        }
        report.heading(text("complaints.report.byKind")).table(shares(text("complaints.field.kind"), kinds, rows.size()));

        var outcomes = new LinkedHashMap<String, Integer>();
        for (Outcome outcome : Outcome.values()) {
            if (outcome.fitsComplaints()) {
                outcomes.put(text("complaints.outcome." + outcome),
                        (int) closed.stream().filter(r -> r.outcome() == outcome).count());
            }
        }
        report.heading(text("complaints.statistics.byOutcome"))
                .paragraph(text("complaints.report.base.closed", closed.size()))
                .table(shares(text("complaints.field.outcome"), outcomes, closed.size()));
        if (!closed.isEmpty()) {
            report.chart(Chart.pie(text("complaints.statistics.byOutcome"), List.copyOf(outcomes.keySet()),
                    new Chart.Series(text("complaints.kind.COMPLAINT"), List.copyOf(outcomes.values()))));
        }
        report.heading(text("complaints.statistics.byFactCode"))
                .paragraph(text("complaints.report.base.received", complaints.size()))
                .table(shares(text("complaints.statistics.byFactCode"), count(complaints, row -> row.factCode() == null
                        ? text("complaints.unclassified") : row.factCode() + " " + text("complaints.fact."
                                + row.factCode())), complaints.size()))
                .heading(text("complaints.statistics.byChannel"))
                .table(shares(text("complaints.statistics.byChannel"),
                        count(complaints, row -> text("complaints.channel." + row.channel())), complaints.size()));

        tags(report, complaints, from, to);
        months(report, rows, from, to);

        report.pageBreak().heading(text("complaints.report.items")).table(Table.of(
                List.of(text("complaints.field.reference"), text("complaints.field.kind"),
                        text("complaints.field.channel"), text("complaints.field.receivedOn"),
                        text("complaints.field.status"), text("complaints.field.factCode"),
                        text("complaints.field.outcome"), text("complaints.report.closedOn"),
                        text("complaints.report.leadDays")),
                rows.stream().map(row -> List.of(row.reference(), text("complaints.kind." + row.kind()),
                        text("complaints.channel." + row.channel()), formats.date(row.receivedOn()),
                        text("complaints.status." + row.status()), orDash(row.factCode()),
                        row.outcome() == null ? "-" : text("complaints.outcome." + row.outcome()),
                        row.closedOn() == null ? "-" : formats.date(row.closedOn()),
                        orDash(row.leadDays()))).toList()));
        return report.build();
    }

    /**
     * Complaints per ombuds norm and theme with their shares of the complaints received, and a bar chart with one
     * series per year of the period, so that trends show.
     */
    private void tags(Document.Builder report, List<ExportRow> complaints, LocalDate from, LocalDate to) {
        var counts = new LinkedHashMap<String, Integer>();
        var labels = new ArrayList<String>();
        int norms = 0;
        int themes = 0;
        for (ComplaintTag tag : ComplaintTag.values()) {
            String label = tag.name().startsWith("NORM_") ? "N" + ++norms : "T" + ++themes;
            labels.add(label);
            counts.put(label + " " + text("complaints.tag." + tag),
                    (int) complaints.stream().filter(r -> r.tags().contains(tag)).count());
        }
        report.heading(text("complaints.statistics.byTag"))
                .paragraph(text("complaints.report.base.tags", complaints.size()))
                .table(shares(text("complaints.statistics.tag"), counts, complaints.size()));
        var series = new ArrayList<Chart.Series>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            int current = year;
            series.add(new Chart.Series(String.valueOf(year), Arrays.stream(ComplaintTag.values())
                    .map(tag -> (int) complaints.stream().filter(r -> r.receivedOn().getYear() == current
                            && r.tags().contains(tag)).count()).toList()));
        }
        report.chart(Chart.bar(text("complaints.statistics.tagTrend"), labels, series));
    }

    /** Complaints and compliments received per month of the period, as a bar chart and its table. */
    private void months(Document.Builder report, List<ExportRow> rows, LocalDate from, LocalDate to) {
        var months = new ArrayList<String>();
        var complaints = new ArrayList<Integer>();
        var compliments = new ArrayList<Integer>();
        for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            var current = month;
            months.add(current.toString());
            complaints.add((int) rows.stream().filter(r -> r.kind() == ComplaintKind.COMPLAINT
                    && YearMonth.from(r.receivedOn()).equals(current)).count());
            compliments.add((int) rows.stream().filter(r -> r.kind() == ComplaintKind.COMPLIMENT
                    && YearMonth.from(r.receivedOn()).equals(current)).count());
        }
        report.heading(text("complaints.statistics.trend")).chart(Chart.bar(text("complaints.statistics.trend"),
                months, List.of(new Chart.Series(text("complaints.kind.COMPLAINT"), complaints),
                        new Chart.Series(text("complaints.kind.COMPLIMENT"), compliments))));
    }

    private static Map<String, Integer> count(List<ExportRow> rows, Function<ExportRow, String> key) {
        var counts = new TreeMap<String, Integer>();
        rows.forEach(row -> counts.merge(key.apply(row), 1, Integer::sum));
        return counts;
    }

    /** A breakdown with counts and each share rounded on its own, as the yearly figures show them. */
    private Table shares(String header, Map<String, Integer> counts, int base) {
        return Table.of(List.of(header, text("complaints.statistics.count"), text("complaints.statistics.share")),
                counts.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()),
                        text("complaints.statistics.percent", base == 0 ? 0 : Math.round(100.0 * e.getValue() / base))))
                        .toList());
    }

    private static String orDash(@Nullable Object value) {
        return value == null ? "-" : value.toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
