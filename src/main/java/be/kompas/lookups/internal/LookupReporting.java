package be.kompas.lookups.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.Scope;
import be.kompas.reporting.YearlyFiguresProvider;

/**
 * The look-up monitoring's part of the annual report: imports finished in the year and the look-ups they scanned and
 * proposed, the reviewers' decisions taken in the year, and the sample look-ups sent to line managers. Counts only,
 * for the whole organisation: officers are pseudonymous and not tied to a unit.
 */
@Component
@Transactional(readOnly = true)
class LookupReporting implements YearlyFiguresProvider {

    /** Years are counted in Belgian time, like every date the review pages show. */
    private static final String YEAR = "extract(year from %s at time zone 'Europe/Brussels') = :y";

    private final JdbcClient jdbc;

    LookupReporting(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
