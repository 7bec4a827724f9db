package be.kompas.lookups.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.identity.KompasUser;
import be.kompas.lookups.engine.Reason;
import be.kompas.reporting.Breakdown;
import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.Grid;
import be.kompas.reporting.Label;
import be.kompas.reporting.NationalFiguresProvider;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.Scope;
import be.kompas.reporting.SmallCounts;
import be.kompas.reporting.YearlyFiguresProvider;
import be.kompas.tenancy.Organisations;

/**
 * The look-up monitoring's part of the annual report: imports finished in the year and the look-ups they scanned and
 * proposed, the reviewers' decisions taken in the year, and the sample look-ups sent to line managers. Counts only,
 * for the whole organisation: officers are pseudonymous and not tied to a unit. For the AIG, the same decisions per
 * zone and the reasons across zones.
 */
@Component
@Transactional(readOnly = true)
class LookupReporting implements YearlyFiguresProvider, NationalFiguresProvider {

    /** The national columns per zone: look-ups proposed (by imports of the year), decided unjustified, justified. */
    private static final String[] COLUMNS = { "proposed", "unjustified", "justified" };

    /** Years are counted in Belgian time, like every date the review pages show. */
    private static final String YEAR = "extract(year from %s at time zone 'Europe/Brussels') = :y";

    private final JdbcClient jdbc;
    private final Organisations organisations;

    LookupReporting(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    @Override
    public ReportSection section() {
        return ReportSection.LOOKUPS;
    }

    @Override
    public @Nullable FigureSection figures(Scope scope, int year) {
        if (!scope.wholeOrganisation()) {
            return null;
        }
        long[] now = counts(scope, year);
        long[] before = counts(scope, year - 1);
        String[] keys = { "imports", "scanned", "proposed", "unjustified", "justified", "samples" };
        var headlines = new java.util.ArrayList<Figure>();
        for (int i = 0; i < keys.length; i++) {
            headlines.add(Figure.of("lookups.reporting." + keys[i], now[i], before[i]));
        }
        return new FigureSection(ReportSection.LOOKUPS, List.copyOf(headlines), List.of(), List.of(), List.of());
    }

    /**
     * For the AIG, across the zones: look-ups proposed for review, decided unjustified and justified per zone, and the
     * proposed look-ups of all zones per reason. Counts only (no pseudonym, officer or subject), from 1 to 4 hidden.
     */
    @Override
    public FigureSection national(KompasUser viewer, int year) {
        var zones = organisations.zones();
        var now = new long[zones.size()][];
        var before = new long[zones.size()][];
        for (int z = 0; z < zones.size(); z++) {
            var scope = Scope.organisation(zones.get(z).id());
            now[z] = Arrays.copyOfRange(counts(scope, year), 2, 5);
            before[z] = Arrays.copyOfRange(counts(scope, year - 1), 2, 5);
        }
        var headlines = new ArrayList<Figure>();
        for (int c = 0; c < COLUMNS.length; c++) {
            int column = c;
            headlines.add(Figure.hidden("lookups.reporting." + COLUMNS[c],
                    Arrays.stream(now).mapToLong(n -> n[column]).sum(),
                    Arrays.stream(before).mapToLong(n -> n[column]).sum()));
        }
        var columns = Arrays.stream(COLUMNS).map(c -> Label.key("lookups.reporting." + c)).toList();
        var grid = new Grid(Label.key("lookups.reporting.perZone"), columns, SmallCounts.rows(
                zones.stream().map(o -> Label.data(o.name())).toList(), Arrays.asList(now)));
        var ids = zones.stream().map(o -> o.id().value()).toList();
        long[] reasonsNow = reasons(ids, year);
        long[] reasonsBefore = reasons(ids, year - 1);
        var bars = new ArrayList<Figure>();
        for (Reason reason : Reason.values()) {
            bars.add(Figure.hidden("lookups.reason." + reason.name(), reasonsNow[reason.ordinal()],
                    reasonsBefore[reason.ordinal()]));
        }
        var byReason = new Breakdown(Label.key("lookups.reporting.byReason"), bars);
        return new FigureSection(ReportSection.LOOKUPS, headlines, List.of(byReason), List.of(), List.of(grid));
    }

    /** Per reason (by ordinal), the look-ups of the zones proposed by the imports of the year that have it. */
    private long[] reasons(List<UUID> zones, int year) {
        var counts = new long[Reason.values().length];
        if (zones.isEmpty()) {
            return counts;
        }
        var columns = new StringBuilder();
        for (Reason reason : Reason.values()) {
            columns.append(reason.ordinal() == 0 ? "" : ", ").append("count(*) filter (where (a.reasons & ")
                    .append(reason.bit()).append(") <> 0)");
        }
        jdbc.sql("select " + columns + " from lookup_alert a join lookup_import i on i.id = a.import_id"
                + " where a.organisation_id in (:zones) and i.status = 'DONE' and " + YEAR.formatted("i.started_at"))
                .param("zones", zones).param("y", year).query(rs -> {
                    for (int r = 0; r < counts.length; r++) {
                        counts[r] = rs.getLong(r + 1);
                    }
                });
        return counts;
    }

    /** Imports, look-ups scanned, alerts proposed, unjustified, justified and samples sent in the year. */
    private long[] counts(Scope scope, int year) {
        String sql = "select"
                + " (select count(*) from lookup_import where organisation_id = :org and status = 'DONE' and "
                + YEAR.formatted("started_at") + ") as imports,"
                + " (select coalesce(sum(events), 0) from lookup_import where organisation_id = :org"
                + " and status = 'DONE' and " + YEAR.formatted("started_at") + ") as scanned,"
                + " (select count(*) from lookup_alert a join lookup_import i on i.id = a.import_id"
                + " where a.organisation_id = :org and i.status = 'DONE' and " + YEAR.formatted("i.started_at")
                + ") as proposed,"
                + " (select count(*) from lookup_alert where organisation_id = :org and status = 'UNJUSTIFIED' and "
                + YEAR.formatted("decided_at") + ") as unjustified,"
                + " (select count(*) from lookup_alert where organisation_id = :org and status = 'JUSTIFIED' and "
                + YEAR.formatted("decided_at") + ") as justified,"
                + " (select count(*) from lookup_sample where organisation_id = :org and sent_at is not null and "
                + YEAR.formatted("sent_at") + ") as samples";
        return jdbc.sql(sql).param("org", scope.organisation().value()).param("y", year)
                .query((rs, i) -> new long[] { rs.getLong("imports"), rs.getLong("scanned"), rs.getLong("proposed"),
                        rs.getLong("unjustified"), rs.getLong("justified"), rs.getLong("samples") })
                .single();
    }
}
