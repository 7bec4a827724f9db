package be.kompas.investigations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

/**
 * The figures of the investigations: caseload, lead time per track, decisions and sanctions per year and unit, the
 * annual figures (Gent action B9), an export for control bodies, and the AIG's national aggregate. Purged cases count
 * through their tombstones.
 */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    /** Counts below this are shown as suppressed outside the owning team (domain.md 13.10). */
    public static final int SMALL_COUNT = 5;

    public record Count(String key, int count) {
    }

    public record LeadTime(String track, int closed, double averageDays) {
    }

    public record Decision(int year, @Nullable String unit, String outcome, @Nullable String sanction, int count) {
    }

    public record Annual(int year, Map<String, Integer> openedByOrigin, Map<String, Integer> byTrack,
            Map<String, Integer> byOutcome, int opened, int closed) {
    }

    public record ExportRow(String reference, String bureau, String origin, @Nullable String track, String status,
            String openedOn, @Nullable String closedOn, @Nullable String outcome, @Nullable String sanction,
            String factCodes, int staffCount) {
    }

    /** One zone's row of the national aggregate; a null count is suppressed. */
    public record NationalRow(String organisation, Map<String, @Nullable Integer> byTrack, @Nullable Integer total) {
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;

    CaseStatistics(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public List<Count> caseload(OrganisationId organisation) {
        return jdbc.sql("""
                select status || ':' || coalesce(track, '-') as k, count(*) as n from investigation_case
                where organisation_id = :org and status <> 'CLOSED' group by 1 order by 1""")
                .param("org", organisation.value()).query((rs, n) -> new Count(rs.getString("k"), rs.getInt("n")))
                .list();
    }

    public List<LeadTime> leadTimes(OrganisationId organisation, int year) {
        return jdbc.sql("""
                select track, count(*) as n, avg(closed_on - opened_on) as days from investigation_case
                where organisation_id = :org and status = 'CLOSED' and extract(year from closed_on) = :year
                  and track is not null group by track order by track""")
                .param("org", organisation.value()).param("year", year)
                .query((rs, n) -> new LeadTime(rs.getString("track"), rs.getInt("n"), rs.getDouble("days"))).list();
    }

    public List<Decision> decisions(OrganisationId organisation) {
        return jdbc.sql("""
                select extract(year from c.decided_on)::int as year, s.unit_name as unit, c.outcome, c.sanction_code,
                  count(*) as n from investigation_case c
                  left join lateral (select unit_name from investigation_staff x where x.case_id = c.id
                    order by unit_name limit 1) s on true
                where c.organisation_id = :org and c.decided_on is not null
                group by 1, 2, 3, 4 order by 1 desc, 2, 3, 4""").param("org", organisation.value())
                .query((rs, n) -> new Decision(rs.getInt("year"), rs.getString("unit"), rs.getString("outcome"),
                        rs.getString("sanction_code"), rs.getInt("n")))
                .list();
    }

    public Annual annual(OrganisationId organisation, int year) {
        var params = Map.<String, Object>of("org", organisation.value(), "year", year);
        var byOrigin = counts("""
                select origin as k, count(*) as n from investigation_case where organisation_id = :org
                  and extract(year from opened_on) = :year group by 1 order by 1""", params);
        var byTrack = counts("""
                select coalesce(track, '-') as k, count(*) as n from investigation_case where organisation_id = :org
                  and extract(year from opened_on) = :year group by 1 order by 1""", params);
        var byOutcome = counts("""
                select outcome as k, count(*) as n from investigation_case where organisation_id = :org
                  and extract(year from decided_on) = :year group by 1 order by 1""", params);
        int closed = jdbc.sql("""
                select count(*) from investigation_case where organisation_id = :org
                  and extract(year from closed_on) = :year""").params(params).query(Integer.class).single();
        return new Annual(year, byOrigin, byTrack, byOutcome,
                byOrigin.values().stream().mapToInt(Integer::intValue).sum(), closed);
    }

    /** Sanctions and measures decided in the year, by code. */
    public Map<String, Integer> sanctions(OrganisationId organisation, int year) {
        return counts("""
                select sanction_code as k, count(*) as n from investigation_case where organisation_id = :org
                  and sanction_code is not null and extract(year from decided_on) = :year group by 1 order by 1""",
                Map.of("org", organisation.value(), "year", year));
    }

    private Map<String, Integer> counts(String sql, Map<String, Object> params) {
        var counts = new LinkedHashMap<String, Integer>();
        jdbc.sql(sql).params(params).query((rs, n) -> counts.put(rs.getString("k"), rs.getInt("n"))).list();
        return counts;
    }

    /** Cases of a year without names, for control bodies (Comité P, AIG). */
    public List<ExportRow> export(OrganisationId organisation, int year) {
        return jdbc.sql("""
                select * from investigation_case where organisation_id = :org and extract(year from opened_on) = :year
                order by reference""").param("org", organisation.value()).param("year", year)
                .query((rs, n) -> new ExportRow(rs.getString("reference"), rs.getString("bureau"),
                        rs.getString("origin"), rs.getString("track"), rs.getString("status"),
                        rs.getString("opened_on"), rs.getString("closed_on"), rs.getString("outcome"),
                        rs.getString("sanction_code"), String.join(" ", (String[]) rs.getArray("fact_codes")
                                .getArray()), rs.getInt("staff_count")))
                .list();
    }

    /** Per zone, cases opened in the year by track, without names; counts below {@link #SMALL_COUNT} suppressed. */
    public List<NationalRow> national(int year) {
        var perOrg = new LinkedHashMap<UUID, Map<String, Integer>>();
        jdbc.sql("""
                select organisation_id, coalesce(track, '-') as track, count(*) as n from investigation_case
                where extract(year from opened_on) = :year group by 1, 2""").param("year", year)
                .query((rs, n) -> perOrg.computeIfAbsent(rs.getObject("organisation_id", UUID.class),
                        k -> new LinkedHashMap<>()).put(rs.getString("track"), rs.getInt("n")))
                .list();
        var rows = new ArrayList<NationalRow>();
        for (var org : organisations.findAll()) {
            if (org.kind() == OrganisationKind.INSPECTORATE) {
                continue;
            }
            var counts = perOrg.getOrDefault(org.id().value(), Map.of());
            var shown = new LinkedHashMap<String, @Nullable Integer>();
            counts.forEach((track, n) -> shown.put(track, suppress(n)));
            rows.add(new NationalRow(org.name(), shown, suppress(counts.values().stream().mapToInt(i -> i).sum())));
        }
        return rows;
    }

    static @Nullable Integer suppress(int count) {
        return count < SMALL_COUNT ? null : count;
    }
}
