package be.kompas.investigations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.calendar.WorkingDays;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Outcome;
import be.kompas.reporting.Breakdown;
import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.Label;
import be.kompas.reporting.OpenWork;
import be.kompas.reporting.OpenWorkProvider;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.Scope;
import be.kompas.reporting.YearlyFiguresProvider;
import be.kompas.tenancy.OrganisationId;

/**
 * The investigations' part of the dashboards and reports (domain.md 5, B9): cases opened and closed, decisions,
 * sanctions and lead time per track, from {@link CaseStatistics}; and the open cases with their terms. Counts only,
 * for the whole organisation: cases are need-to-know, so a line manager's unit gets nothing.
 */
@Component
@Transactional(readOnly = true)
class InvestigationReporting implements YearlyFiguresProvider, OpenWorkProvider {

    private final CaseStatistics statistics;
    private final CaseRepository cases;
    private final CaseService service;
    private final WorkingDays workingDays;

    InvestigationReporting(CaseStatistics statistics, CaseRepository cases, CaseService service,
            WorkingDays workingDays) {
        this.statistics = statistics;
        this.cases = cases;
        this.service = service;
        this.workingDays = workingDays;
    }

    @Override
    public ReportSection section() {
        return ReportSection.INVESTIGATIONS;
    }

    @Override
    public @Nullable FigureSection figures(Scope scope, int year) {
        if (!scope.wholeOrganisation()) {
            return null;
        }
        OrganisationId org = scope.organisation();
        var now = statistics.annual(org, year);
        var before = statistics.annual(org, year - 1);
        var sanctions = statistics.sanctions(org, year);
        var sanctionsBefore = statistics.sanctions(org, year - 1);
        var headlines = List.of(
                Figure.of("investigations.reporting.opened", now.opened(), (long) before.opened()),
                Figure.of("investigations.reporting.closed", now.closed(), (long) before.closed()),
                Figure.of("investigations.reporting.breaches", breaches(now.byOutcome()),
                        breaches(before.byOutcome())),
                Figure.of("investigations.reporting.sanctions", sum(sanctions), sum(sanctionsBefore)));
        var breakdowns = List.of(
                breakdown("investigations.reporting.byTrack", now.byTrack(), before.byTrack(),
                        k -> k.equals("-") ? "investigations.reporting.untriaged" : "investigations.track." + k),
                breakdown("investigations.reporting.byOutcome", now.byOutcome(), before.byOutcome(),
                        k -> "investigations.outcome." + k),
                breakdown("investigations.reporting.bySanction", sanctions, sanctionsBefore,
                        k -> "investigations.sanction." + k),
                breakdown("investigations.reporting.leadTime", leadTimes(org, year), leadTimes(org, year - 1),
                        k -> "investigations.track." + k));
        return new FigureSection(ReportSection.INVESTIGATIONS, headlines, breakdowns, List.of(), List.of());
    }

    /** Average days from opening to closing of the cases closed in the year, per track, rounded. */
    private Map<String, Integer> leadTimes(OrganisationId org, int year) {
        var days = new LinkedHashMap<String, Integer>();
        statistics.leadTimes(org, year).forEach(l -> days.put(l.track(), (int) Math.round(l.averageDays())));
        return days;
    }

    private static long breaches(Map<String, Integer> byOutcome) {
        return byOutcome.entrySet().stream().filter(e -> e.getKey() != null && Outcome.valueOf(e.getKey()).breach())
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static long sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static Breakdown breakdown(String title, Map<String, Integer> now, Map<String, Integer> before,
            Function<String, String> label) {
        var bars = new ArrayList<Figure>();
        now.forEach((k, n) -> bars.add(Figure.of(label.apply(k), n, (long) before.getOrDefault(k, 0))));
        before.forEach((k, n) -> {
            if (!now.containsKey(k)) {
                bars.add(Figure.of(label.apply(k), 0, (long) n));
            }
        });
        return new Breakdown(Label.key(title), bars);
    }

    /**
     * Cases awaiting triage with their triage term, and all open cases with their terms due within
     * {@link OpenWork#SOON_DAYS} days or lapsed (each term counted once).
     */
    @Override
    public List<OpenWork> openWork(Scope scope, LocalDate today) {
        if (!scope.wholeOrganisation()) {
            return List.of();
        }
        OrganisationId org = scope.organisation();
        var calendar = workingDays.calendar(org);
        var settings = cases.settings(org);
        LocalDate soon = today.plusDays(OpenWork.SOON_DAYS);
        long[] triage = new long[3];
        long[] open = new long[3];
        for (CaseRow row : cases.list(org, null, null)) {
            if (row.status() == CaseStatus.CLOSED || row.purged()) {
                continue;
            }
            open[0]++;
            if (row.status() == CaseStatus.TRIAGE) {
                triage[0]++;
            }
            for (var deadline : service.deadlines(org, row, calendar, settings)) {
                int slot = deadline.met() ? -1 : deadline.lapsed(today) ? 2 : deadline.due().isAfter(soon) ? -1 : 1;
                if (slot > 0) {
                    open[slot]++;
                    if (deadline.code().equals("triage")) {
                        triage[slot]++;
                    }
                }
            }
        }
        return List.of(work("investigations.reporting.toTriage", triage),
                work("investigations.reporting.openCases", open));
    }

    private static OpenWork work(String key, long[] counts) {
        return new OpenWork(ReportSection.INVESTIGATIONS, Label.key(key), counts[0], counts[1], counts[2],
                "/investigations");
    }
}
