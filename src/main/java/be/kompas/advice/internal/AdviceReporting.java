package be.kompas.advice.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.advice.ReportKind;
import be.kompas.reporting.Breakdown;
import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.Label;
import be.kompas.reporting.OpenWork;
import be.kompas.reporting.OpenWorkProvider;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.Scope;
import be.kompas.reporting.SmallCounts;
import be.kompas.reporting.YearlyFiguresProvider;
import be.kompas.tenancy.OrganisationId;

/**
 * The Advice Point's part of the dashboards and reports, limited to what domain.md 3 allows in the yearly report:
 * the number of questions, their categories, the average lead time and the general follow-up. The figures leave the
 * Advice Point team, so counts below 5 are always hidden (13.10). Reports are anonymous, so a unit sees nothing.
 */
@Component
@Transactional(readOnly = true)
class AdviceReporting implements YearlyFiguresProvider, OpenWorkProvider {

    private final AdviceRepository reports;

    AdviceReporting(AdviceRepository reports) {
        this.reports = reports;
    }

    @Override
    public ReportSection section() {
        return ReportSection.ADVICE;
    }

    @Override
    public @Nullable FigureSection figures(Scope scope, int year) {
        if (!scope.wholeOrganisation()) {
            return null;
        }
        var now = questions(scope.organisation(), year);
        var before = questions(scope.organisation(), year - 1);
        var headlines = List.of(
                new Figure(Label.key("reporting.advice.questions"), SmallCounts.hide(now.size()),
                        SmallCounts.hide(before.size())),
                new Figure(Label.key("reporting.advice.averageDays"), averageDays(now), averageDays(before)));
        Map<String, Label> names = new HashMap<>();
        reports.categories(scope.organisation()).forEach(c -> names.put(c.code(),
                c.label() != null && !c.label().isBlank() ? Label.data(c.label()) : Label.key("advice.category." + c.code())));
        var breakdowns = List.of(
                breakdown("reporting.advice.byCategory", now, before, AdviceRepository.StoredReport::categoryCode,
                        code -> names.getOrDefault(code, Label.key("advice.category." + code))),
                breakdown("reporting.advice.byFollowUp", now, before, AdviceReporting::followUp, Label::key));
        return new FigureSection(ReportSection.ADVICE, headlines, breakdowns, List.of(), List.of());
    }

    private List<AdviceRepository.StoredReport> questions(OrganisationId organisation, int year) {
        return reports.receivedIn(organisation, year).stream().filter(r -> r.kind() == ReportKind.QUESTION).toList();
    }

    private static String followUp(AdviceRepository.StoredReport report) {
        return report.forwardedTo() != null ? "advice.target." + report.forwardedTo()
                : "advice.status." + report.status();
    }

    /** Mean calendar days from receipt to the answer (or closing), rounded; nothing when nothing was finished. */
    private static @Nullable Long averageDays(List<AdviceRepository.StoredReport> reports) {
        var days = reports.stream().map(r -> {
            LocalDate end = r.answeredOn() != null ? r.answeredOn() : r.closedOn();
            return end == null ? null : ChronoUnit.DAYS.between(r.receivedOn(), end);
        }).filter(d -> d != null).mapToLong(Long::longValue).average();
        return days.isPresent() ? Math.round(days.getAsDouble()) : null;
    }

    private static Breakdown breakdown(String title, List<AdviceRepository.StoredReport> now,
            List<AdviceRepository.StoredReport> before, Function<AdviceRepository.StoredReport, String> key,
            Function<String, Label> label) {
        Map<String, Long> current = now.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> previous = before.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        return new Breakdown(Label.key(title), current.entrySet().stream()
                .map(e -> new Figure(label.apply(e.getKey()), SmallCounts.hide(e.getValue()),
                        SmallCounts.hide(previous.getOrDefault(e.getKey(), 0L))))
                .toList());
    }

    @Override
    public List<OpenWork> openWork(Scope scope, LocalDate today) {
        if (!scope.wholeOrganisation()) {
            return List.of();
        }
        // Open reports of this and last year: an open report is rarely older, and archived years are closed.
        var open = java.util.stream.Stream.concat(reports.receivedIn(scope.organisation(), today.getYear() - 1)
                .stream(), reports.receivedIn(scope.organisation(), today.getYear()).stream())
                .filter(r -> r.status().open() && !r.archived()).toList();
        LocalDate soon = today.plusDays(OpenWork.SOON_DAYS);
        return List.of(new OpenWork(ReportSection.ADVICE, Label.key("reporting.advice.open"),
                SmallCounts.hide(open.size()), SmallCounts.hide(open.stream()
                        .filter(r -> !r.answerBy().isBefore(today) && !r.answerBy().isAfter(soon)).count()),
                SmallCounts.hide(open.stream().filter(r -> r.answerBy().isBefore(today)
                        || r.acknowledgedOn() == null && r.acknowledgeBy().isBefore(today)).count()),
                null));
    }
}
