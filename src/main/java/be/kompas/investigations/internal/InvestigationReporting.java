package be.kompas.investigations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.calendar.WorkingDays;
import be.kompas.investigations.CaseStatus;
import be.kompas.identity.KompasUser;
import be.kompas.investigations.Outcome;
import be.kompas.reporting.Breakdown;
import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.Grid;
import be.kompas.reporting.Label;
import be.kompas.reporting.NationalFiguresProvider;
import be.kompas.reporting.OpenWork;
import be.kompas.reporting.OpenWorkProvider;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.Scope;
import be.kompas.reporting.SmallCounts;
import be.kompas.reporting.YearlyFiguresProvider;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/**
 * The investigations' part of the dashboards and reports (domain.md 5, B9): cases opened and closed, decisions,
 * sanctions and lead time per track, from {@link CaseStatistics}; the open cases with their terms; and the AIG's
 * aggregate across the zones. Counts only, for the whole organisation: cases are need-to-know, so a line manager's
 * unit gets nothing.
 */
@Component
@Transactional(readOnly = true)
class InvestigationReporting implements YearlyFiguresProvider, OpenWorkProvider, NationalFiguresProvider {

    /** The national columns per zone, counted in the year: opened, closed, breach found, sanction imposed. */
    private static final String PER_ZONE = """
            select organisation_id,
              count(*) filter (where extract(year from opened_on) = :year) as opened,
              count(*) filter (where extract(year from closed_on) = :year) as closed,
              count(*) filter (where extract(year from decided_on) = :year and outcome in (:breaches)) as breaches,
              count(*) filter (where extract(year from decided_on) = :year and sanction_code is not null) as sanctions
            from investigation_case where organisation_id in (:zones) group by organisation_id""";
    private static final String[] COLUMNS = { "opened", "closed", "breaches", "sanctions" };

    private final CaseStatistics statistics;
    private final CaseRepository cases;
    private final CaseService service;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final Organisations organisations;

    InvestigationReporting(CaseStatistics statistics, CaseRepository cases, CaseService service,
            WorkingDays workingDays, JdbcClient jdbc, Organisations organisations) {
        this.statistics = statistics;
        this.cases = cases;
        this.service = service;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.organisations = organisations;
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

    /**
     * For the AIG, across the zones: cases opened, closed, decisions finding a breach and sanctions per zone, and for
     * all zones together cases opened and closed per track and sanctions per kind. Counts only (no reference, name
     * or text), from 1 to 4 hidden.
     */
    @Override
    public FigureSection national(KompasUser viewer, int year) {
        var zones = organisations.zones();
        if (zones.isEmpty()) {
            return FigureSection.empty(ReportSection.INVESTIGATIONS);
        }
        var ids = zones.stream().map(o -> o.id().value()).toList();
        var now = perZone(ids, year);
        var before = perZone(ids, year - 1);
        var headlines = new ArrayList<Figure>();
        for (int c = 0; c < COLUMNS.length; c++) {
            int column = c;
            headlines.add(Figure.hidden("investigations.reporting." + COLUMNS[c],
                    now.values().stream().mapToLong(n -> n[column]).sum(),
                    before.values().stream().mapToLong(n -> n[column]).sum()));
        }
        var cells = zones.stream().map(o -> now.getOrDefault(o.id().value(), new long[COLUMNS.length])).toList();
        var columns = Arrays.stream(COLUMNS).map(c -> Label.key("investigations.reporting." + c)).toList();
        var grid = new Grid(Label.key("investigations.reporting.perZone"), columns,
                SmallCounts.rows(zones.stream().map(o -> Label.data(o.name())).toList(), cells));
        Function<String, String> track = k -> k.equals("-") ? "investigations.reporting.untriaged"
                : "investigations.track." + k;
        var breakdowns = List.of(
                national("investigations.reporting.byTrack", ids, "coalesce(track, '-')", "opened_on", year, track),
                national("investigations.reporting.closedByTrack", ids, "coalesce(track, '-')", "closed_on", year,
                        track),
                national("investigations.reporting.bySanction", ids, "sanction_code", "decided_on", year,
                        k -> "investigations.sanction." + k));
        return new FigureSection(ReportSection.INVESTIGATIONS, headlines, breakdowns, List.of(), List.of(grid));
    }

    private Map<UUID, long[]> perZone(List<UUID> zones, int year) {
        var breaches = Arrays.stream(Outcome.values()).filter(Outcome::breach).map(Outcome::name).toList();
        var perZone = new HashMap<UUID, long[]>();
        jdbc.sql(PER_ZONE).param("year", year).param("breaches", breaches).param("zones", zones).query(rs -> {
            long[] counts = new long[COLUMNS.length];
            for (int c = 0; c < COLUMNS.length; c++) {
                counts[c] = rs.getLong(COLUMNS[c]);
            }
            perZone.put(rs.getObject("organisation_id", UUID.class), counts);
        });
        return perZone;
    }

    /** All zones together: cases by {@code key} (never null) counted in the year of {@code day}, small bars hidden. */
    private Breakdown national(String title, List<UUID> zones, String key, String day, int year,
            Function<String, String> label) {
        var counts = new TreeMap<String, long[]>();
        jdbc.sql("select " + key + " as k, extract(year from " + day + ") as y, count(*) as n"
                + " from investigation_case where organisation_id in (:zones) and " + key + " is not null"
                + " and extract(year from " + day + ") in (:year, :before) group by 1, 2")
                .param("zones", zones).param("year", year).param("before", year - 1).query(rs -> {
                    counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[rs.getInt("y") == year ? 0 : 1] =
                            rs.getLong("n");
                });
        var bars = new ArrayList<Figure>();
        counts.forEach((k, n) -> bars.add(Figure.hidden(label.apply(k), n[0], n[1])));
        return new Breakdown(Label.key(title), bars);
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
