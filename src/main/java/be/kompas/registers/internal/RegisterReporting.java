package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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
import be.kompas.registers.Count;
import be.kompas.registers.ForceRegister;
import be.kompas.registers.GiftRegister;
import be.kompas.registers.NationalAggregate;
import be.kompas.registers.ViolenceRegister;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.Organisations;

/**
 * The registers' sections of the dashboards and reports: use of force and violence against police (B10), gifts,
 * ancillary activities and screenings, from the registers' own statistics; for a line manager's unit, the entries of
 * its staff. Counts only, never who.
 */
@Configuration(proxyBeanMethods = false)
class RegisterReporting {

    private final JdbcClient jdbc;

    RegisterReporting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    YearlyFiguresProvider forceFigures(ForceRegister force) {
        return YearlyFiguresProvider.of(ReportSection.USE_OF_FORCE, (scope, year) -> scope.wholeOrganisation()
                ? section(ReportSection.USE_OF_FORCE, "registers.nav.force", force.statistics(scope.organisation(), year))
                : unit(ReportSection.USE_OF_FORCE, "registers.nav.force", "force_report", "officer_id", scope, year));
    }

    @Bean
    YearlyFiguresProvider violenceFigures(ViolenceRegister violence) {
        return YearlyFiguresProvider.of(ReportSection.VIOLENCE, (scope, year) -> scope.wholeOrganisation()
                ? section(ReportSection.VIOLENCE, "registers.nav.violence",
                        violence.statistics(scope.organisation(), year))
                : unit(ReportSection.VIOLENCE, "registers.nav.violence", "violence_report", "victim_id", scope, year));
    }

    @Bean
    YearlyFiguresProvider giftFigures(GiftRegister gifts) {
        return YearlyFiguresProvider.of(ReportSection.GIFTS, (scope, year) -> scope.wholeOrganisation()
                ? section(ReportSection.GIFTS, "registers.nav.gifts", gifts.statistics(scope.organisation(), year))
                : null);
    }

    @Bean
    YearlyFiguresProvider ancillaryFigures() {
        return YearlyFiguresProvider.of(ReportSection.ANCILLARY, (scope, year) -> scope.wholeOrganisation()
                ? ancillary(scope, year) : null);
    }

    @Bean
    YearlyFiguresProvider screeningFigures() {
        return YearlyFiguresProvider.of(ReportSection.SCREENING, (scope, year) -> scope.wholeOrganisation()
                ? screening(scope, year) : null);
    }

    @Bean
    OpenWorkProvider registerOpenWork() {
        return this::openWork;
    }

    @Bean
    NationalFiguresProvider registerNationalFigures(NationalAggregate aggregate, Organisations organisations) {
        return NationalFiguresProvider.of(ReportSection.REGISTERS,
                (viewer, year) -> national(aggregate, organisations, viewer, year));
    }

    private static FigureSection section(ReportSection section, String totalKey, YearStatistics statistics) {
        var headlines = List.of(Figure.of(totalKey, statistics.total(), statistics.previousTotal()));
        var breakdowns = statistics.breakdowns().entrySet().stream()
                .map(e -> new Breakdown(Label.key(e.getKey()), e.getValue().stream()
                        .map(c -> new Figure(new Label(c.label(), c.translate()), c.count(), null)).toList()))
                .toList();
        var trend = new Trend(Label.key(totalKey), List.copyOf(statistics.months()),
                List.copyOf(statistics.previousMonths()));
        return new FigureSection(section, headlines, breakdowns, List.of(trend), List.of());
    }

    /** The entries of the unit's staff by month, this year and the year before. */
    private FigureSection unit(ReportSection section, String totalKey, String table, String staffColumn, Scope scope,
            int year) {
        long[] now = months(table, "occurred_on", staffColumn, scope, year);
        long[] before = months(table, "occurred_on", staffColumn, scope, year - 1);
        return new FigureSection(section,
                List.of(Figure.of(totalKey, Arrays.stream(now).sum(), Arrays.stream(before).sum())), List.of(),
                List.of(new Trend(Label.key(totalKey), Arrays.stream(now).boxed().toList(),
                        Arrays.stream(before).boxed().toList())),
                List.of());
    }

    private long[] months(String table, String dateColumn, String staffColumn, Scope scope, int year) {
        long[] months = new long[12];
        jdbc.sql("select extract(month from " + dateColumn + ")::int as m, count(*) as n from " + table
                + " where organisation_id = :org and " + staffColumn + " = any(:staff)"
                + " and " + dateColumn + " between :first and :last group by 1")
                .param("org", scope.organisation().value()).param("staff", staff(scope))
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, i) -> months[rs.getInt("m") - 1] = rs.getLong("n")).list();
        return months;
    }

    private static UUID[] staff(Scope scope) {
        return scope.staff() == null ? new UUID[0] : scope.staff().toArray(UUID[]::new);
    }

    private FigureSection ancillary(Scope scope, int year) {
        Map<String, Long> now = byStatus(scope, year);
        Map<String, Long> before = byStatus(scope, year - 1);
        var headlines = List.of(
                Figure.of("reporting.ancillary.applications", sum(now), sum(before)),
                Figure.of("registers.ancillary.status.GRANTED", now.getOrDefault("GRANTED", 0L),
                        before.getOrDefault("GRANTED", 0L)),
                Figure.of("registers.ancillary.status.REFUSED", now.getOrDefault("REFUSED", 0L),
                        before.getOrDefault("REFUSED", 0L)));
        var bars = now.entrySet().stream().map(e -> new Figure(Label.key("registers.ancillary.status." + e.getKey()),
                e.getValue(), before.getOrDefault(e.getKey(), 0L))).toList();
        return new FigureSection(ReportSection.ANCILLARY, headlines,
                List.of(new Breakdown(Label.key("reporting.ancillary.byStatus"), bars)), List.of(), List.of());
    }

    private Map<String, Long> byStatus(Scope scope, int year) {
        var counts = new java.util.TreeMap<String, Long>();
        jdbc.sql("select status, count(*) as n from ancillary_activity where organisation_id = :org"
                + " and extract(year from created_at) = :y group by 1")
                .param("org", scope.organisation().value()).param("y", year)
                .query((rs, i) -> counts.put(rs.getString("status"), rs.getLong("n"))).list();
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private FigureSection screening(Scope scope, int year) {
        long[] now = screenings(scope, year);
        long[] before = screenings(scope, year - 1);
        return new FigureSection(ReportSection.SCREENING, List.of(
                Figure.of("reporting.screening.due", now[0], before[0]),
                Figure.of("reporting.screening.done", now[1], before[1])), List.of(), List.of(), List.of());
    }

    /** Screenings due in the year, and those done in the year. */
    private long[] screenings(Scope scope, int year) {
        return jdbc.sql("select count(*) filter (where extract(year from due_on) = :y) as due,"
                + " count(*) filter (where extract(year from done_on) = :y) as done"
                + " from screening_record where organisation_id = :org")
                .param("org", scope.organisation().value()).param("y", year)
                .query((rs, i) -> new long[] { rs.getLong("due"), rs.getLong("done") }).single();
    }

    private List<OpenWork> openWork(Scope scope, LocalDate today) {
        String mine = scope.wholeOrganisation() ? "" : " and %s = any(:staff)";
        var params = new HashMap<String, Object>();
        params.put("org", scope.organisation().value());
        params.put("today", today);
        params.put("soon", today.plusDays(OpenWork.SOON_DAYS));
        params.put("staff", staff(scope));
        var work = new ArrayList<OpenWork>();
        work.add(count(ReportSection.USE_OF_FORCE, "reporting.force.toReview", "/registers/force",
                "select count(*) as open, 0 as soon, 0 as overdue from force_report where organisation_id = :org"
                        + " and status = 'SUBMITTED'" + mine.formatted("officer_id"), params));
        work.add(count(ReportSection.ANCILLARY, "reporting.ancillary.toDecide", "/registers/ancillary",
                "select count(*) as open, 0 as soon, 0 as overdue from ancillary_activity where organisation_id = :org"
                        + " and status in ('AWAITING_ADVICE', 'AWAITING_DECISION')" + mine.formatted("staff_id"),
                params));
        work.add(count(ReportSection.SCREENING, "reporting.screening.open", "/registers/screenings",
                "select count(*) as open, count(*) filter (where due_on between :today and :soon) as soon,"
                        + " count(*) filter (where due_on < :today) as overdue from screening_record"
                        + " where organisation_id = :org and done_on is null and due_on <= :soon"
                        + mine.formatted("staff_id"),
                params));
        work.add(count(ReportSection.VIOLENCE, "reporting.registers.tasks", "/registers/tasks",
                "select count(*) as open, 0 as soon, 0 as overdue from register_task where organisation_id = :org"
                        + " and status = 'OPEN'" + mine.formatted("staff_id"), params));
        return work;
    }

    private OpenWork count(ReportSection section, String key, String link, String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, i) -> new OpenWork(section, Label.key(key), rs.getLong("open"),
                rs.getLong("soon"), rs.getLong("overdue"), link)).single();
    }

    /** Per zone, the entries of each register in the year; then the registers' own national breakdowns. */
    private FigureSection national(NationalAggregate aggregate, Organisations organisations, KompasUser viewer,
            int year) {
        var counts = new HashMap<UUID, long[]>();
        jdbc.sql("""
                select organisation_id, 0 as k, count(*) as n from force_report
                  where extract(year from occurred_on) = :y group by 1
                union all select organisation_id, 1, count(*) from violence_report
                  where extract(year from occurred_on) = :y group by 1
                union all select organisation_id, 2, count(*) from gift_declaration
                  where extract(year from received_on) = :y group by 1
                union all select organisation_id, 3, count(*) from ancillary_activity
                  where extract(year from created_at) = :y group by 1""").param("y", year)
                .query((rs, i) -> counts.computeIfAbsent(rs.getObject("organisation_id", UUID.class),
                        id -> new long[4])[rs.getInt("k")] = rs.getLong("n"))
                .list();
        var rows = organisations.zones().stream()
                .map(o -> new Grid.Row(Label.data(o.name()), Arrays.stream(counts.getOrDefault(o.id().value(),
                        new long[4])).mapToObj(SmallCounts::hide).toList()))
                .toList();
        var columns = List.of(Label.key("registers.nav.force"), Label.key("registers.nav.violence"),
                Label.key("registers.nav.gifts"), Label.key("registers.nav.ancillary"));
        var breakdowns = aggregate.figures(viewer, year).entrySet().stream()
                .map(e -> new Breakdown(Label.key(e.getKey()), e.getValue().stream().map(RegisterReporting::figure)
                        .toList()))
                .toList();
        return new FigureSection(ReportSection.REGISTERS, List.of(), breakdowns, List.of(),
                List.of(new Grid(Label.key("reporting.registers.perZone"), columns, rows)));
    }

    private static Figure figure(Count count) {
        @Nullable Long shown = SmallCounts.hide(count.count());
        return new Figure(new Label(count.label(), count.translate()), shown, null);
    }
}
