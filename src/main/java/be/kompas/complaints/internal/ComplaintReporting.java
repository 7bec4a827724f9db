package be.kompas.complaints.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintStatistics;
import be.kompas.complaints.YearFigures;
import be.kompas.complaints.YearFigures.Share;
import be.kompas.identity.KompasUser;
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
import be.kompas.reporting.Trend;
import be.kompas.reporting.YearlyFiguresProvider;
import be.kompas.tenancy.Organisations;

/**
 * The complaints' part of the dashboards and reports (domain.md 4.2, 4.4, B9): the figures of
 * {@link ComplaintStatistics} for the organisation; for a line manager's unit, the complaints that involve its staff.
 */
@Component
@Transactional(readOnly = true)
class ComplaintReporting implements YearlyFiguresProvider, OpenWorkProvider, NationalFiguresProvider {

    /** The six groups of Comité P fact codes (domain.md 4.3). */
    private static final int FACT_GROUPS = 6;

    private final ComplaintStatistics statistics;
    private final JdbcClient jdbc;
    private final Organisations organisations;

    ComplaintReporting(ComplaintStatistics statistics, JdbcClient jdbc, Organisations organisations) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    @Override
    public ReportSection section() {
        return ReportSection.COMPLAINTS;
    }

    @Override
    public FigureSection figures(Scope scope, int year) {
        if (!scope.wholeOrganisation()) {
            return unitFigures(scope, year);
        }
        YearFigures now = statistics.year(scope.organisation(), year);
        YearFigures before = statistics.year(scope.organisation(), year - 1);
        var headlines = List.of(
                Figure.of("reporting.complaints.received", now.received(), (long) before.received()),
                Figure.of("reporting.complaints.compliments", compliments(now), compliments(before)),
                Figure.of("reporting.complaints.closed", now.closed(), (long) before.closed()),
                Figure.of("reporting.complaints.founded", founded(now), founded(before)));
        var breakdowns = List.of(
                breakdown("complaints.statistics.byOutcome", now.byOutcome(), before.byOutcome(),
                        k -> "complaints.outcome." + k),
                breakdown("complaints.statistics.byFactCode", now.byFactCode(), before.byFactCode(),
                        k -> k.isEmpty() ? "complaints.unclassified" : "complaints.fact." + k),
                breakdown("complaints.statistics.byChannel", now.byChannel(), before.byChannel(),
                        k -> "complaints.channel." + k),
                breakdown("complaints.statistics.byTag", now.byTag(), before.byTag(), k -> "complaints.tag." + k));
        var trend = new Trend(Label.key("reporting.complaints.trend"),
                now.months().stream().map(m -> (Long) (long) m.complaints()).toList(),
                before.months().stream().map(m -> (Long) (long) m.complaints()).toList());
        return new FigureSection(ReportSection.COMPLAINTS, headlines, breakdowns, List.of(trend), List.of());
    }

    private static long compliments(YearFigures figures) {
        return figures.receivedByKind().getOrDefault(ComplaintKind.COMPLIMENT, 0);
    }

    private static long founded(YearFigures figures) {
        return figures.byOutcome().stream().filter(s -> s.key().equals("FOUNDED") || s.key().equals("PARTLY_FOUNDED"))
                .mapToLong(Share::count).sum();
    }

    private static Breakdown breakdown(String title, List<Share> now, List<Share> before,
            Function<String, String> label) {
        Map<String, Long> previous = new HashMap<>();
        before.forEach(s -> previous.put(s.key(), (long) s.count()));
        var bars = new ArrayList<Figure>();
        now.forEach(s -> bars.add(new Figure(Label.key(label.apply(s.key())), (long) s.count(),
                previous.getOrDefault(s.key(), 0L))));
        before.stream().filter(s -> now.stream().noneMatch(n -> n.key().equals(s.key())))
                .forEach(s -> bars.add(new Figure(Label.key(label.apply(s.key())), 0L, (long) s.count())));
        return new Breakdown(Label.key(title), bars);
    }

    /** Complaints that involve a staff member of the unit, by month of receipt, this year and the year before. */
    private FigureSection unitFigures(Scope scope, int year) {
        var staff = staffArray(scope);
        long[] now = monthsInvolving(scope, staff, year);
        long[] before = monthsInvolving(scope, staff, year - 1);
        var headlines = List.of(new Figure(Label.key("reporting.complaints.received"), Arrays.stream(now).sum(),
                Arrays.stream(before).sum()));
        var trend = new Trend(Label.key("reporting.complaints.trend"), Arrays.stream(now).boxed().toList(),
                Arrays.stream(before).boxed().toList());
        return new FigureSection(ReportSection.COMPLAINTS, headlines, List.of(), List.of(trend), List.of());
    }

    private long[] monthsInvolving(Scope scope, UUID[] staff, int year) {
        long[] months = new long[12];
        jdbc.sql("""
                select extract(month from c.received_on)::int as m, count(distinct c.id) as n from complaint c
                join complaint_staff s on s.complaint_id = c.id
                where c.organisation_id = :org and c.kind = 'COMPLAINT' and s.staff_id = any(:staff)
                and c.received_on between :first and :last group by 1""")
                .param("org", scope.organisation().value()).param("staff", staff)
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, i) -> months[rs.getInt("m") - 1] = rs.getLong("n")).list();
        return months;
    }

    private static UUID[] staffArray(Scope scope) {
        return scope.staff() == null ? new UUID[0] : scope.staff().toArray(UUID[]::new);
    }

    @Override
    public List<OpenWork> openWork(Scope scope, LocalDate today) {
        String involving = scope.wholeOrganisation() ? ""
                : " and exists (select 1 from complaint_staff s where s.complaint_id = c.id and s.staff_id = any(:staff))";
        var params = new HashMap<String, Object>();
        params.put("org", scope.organisation().value());
        params.put("today", today);
        params.put("soon", today.plusDays(OpenWork.SOON_DAYS));
        params.put("staff", staffArray(scope));
        return jdbc.sql("select count(*) as open,"
                + " count(*) filter (where answer_due >= :today and answer_due <= :soon) as soon,"
                + " count(*) filter (where " + ComplaintRepository.OVERDUE + ") as overdue"
                + " from complaint c where c.organisation_id = :org and c.status <> 'CLOSED'" + involving)
                .params(params)
                .query((rs, i) -> new OpenWork(ReportSection.COMPLAINTS, Label.key("reporting.complaints.open"),
                        rs.getLong("open"), rs.getLong("soon"), rs.getLong("overdue"),
                        scope.wholeOrganisation() ? "/complaints" : null))
                .list();
    }

    /** Complaints per zone and main fact-code group (domain.md 4.3), counts below 5 hidden. */
    @Override
    public FigureSection national(KompasUser viewer, int year) {
        var counts = new HashMap<UUID, long[]>();
        jdbc.sql("""
                select organisation_id, split_part(coalesce(fact_code, '0'), '.', 1) as g, count(*) as n
                from complaint where kind = 'COMPLAINT' and received_on between :first and :last group by 1, 2""")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, i) -> counts.computeIfAbsent(rs.getObject("organisation_id", UUID.class),
                        id -> new long[FACT_GROUPS + 1])[group(rs.getString("g"))] += rs.getLong("n"))
                .list();
        var rows = organisations.zones().stream()
                .map(o -> new Grid.Row(Label.data(o.name()), Arrays.stream(counts.getOrDefault(o.id().value(),
                        new long[FACT_GROUPS + 1])).mapToObj(SmallCounts::hide).toList()))
                .toList();
        var columns = new ArrayList<Label>();
        columns.add(Label.key("complaints.unclassified"));
        for (int g = 1; g <= FACT_GROUPS; g++) {
            columns.add(Label.key("reporting.complaints.factGroup." + g));
        }
        var grid = new Grid(Label.key("reporting.complaints.perZone"), columns, rows);
        return new FigureSection(ReportSection.COMPLAINTS, List.of(), List.of(), List.of(), List.of(grid));
    }

    private static int group(String code) {
        try {
            int g = Integer.parseInt(code);
            return g >= 1 && g <= FACT_GROUPS ? g : 0;
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }
}
