package be.kompas.caselaw.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.caselaw.CaseLawEntry;
import be.kompas.caselaw.CaseLawInput;
import be.kompas.caselaw.CaseLawQuery;
import be.kompas.caselaw.Distribution;
import be.kompas.caselaw.SimilarEntry;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

@Repository
class CaseLawRepository {

    private static final String COLUMNS = "id, case_id, facts, fact_codes, risk_families, aggravating, mitigating,"
            + " track, outcome, sanction, decided_year, decided_on, published_at";

    private final JdbcClient jdbc;

    CaseLawRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the entry was new; a case already taken in is left as it is (a redelivered event) */
    boolean insert(OrganisationId organisation, UUID id, @Nullable UUID caseId, CaseLawInput input, Instant now) {
        return jdbc.sql("""
                insert into caselaw_entry (id, organisation_id, case_id, facts, fact_codes, risk_families,
                  aggravating, mitigating, track, outcome, sanction, decided_year, decided_on, status, created_at,
                  updated_at)
                values (:id, :org, :case, :facts, cast(:codes as text[]), cast(:families as text[]),
                  cast(:aggravating as text[]), cast(:mitigating as text[]), :track, :outcome, :sanction, :year,
                  :decidedOn, 'DRAFT', :now, :now)
                on conflict (organisation_id, case_id) where case_id is not null do nothing""")
                .param("id", id).param("org", organisation.value()).param("case", caseId)
                .params(inputParams(input)).param("now", Timestamp.from(now)).update() > 0;
    }

    boolean update(OrganisationId organisation, UUID id, CaseLawInput input, Instant now) {
        return jdbc.sql("""
                update caselaw_entry set facts = :facts, fact_codes = cast(:codes as text[]),
                  risk_families = cast(:families as text[]), aggravating = cast(:aggravating as text[]),
                  mitigating = cast(:mitigating as text[]), track = :track, outcome = :outcome, sanction = :sanction,
                  decided_year = :year, decided_on = :decidedOn, updated_at = :now
                where organisation_id = :org and id = :id""")
                .param("id", id).param("org", organisation.value()).params(inputParams(input))
                .param("now", Timestamp.from(now)).update() > 0;
    }

    boolean publish(OrganisationId organisation, UUID id, Instant now) {
        return jdbc.sql("update caselaw_entry set status = 'PUBLISHED', published_at = :now, updated_at = :now"
                + " where organisation_id = :org and id = :id and status = 'DRAFT'")
                .param("now", Timestamp.from(now)).param("org", organisation.value()).param("id", id).update() > 0;
    }

    Optional<CaseLawEntry> find(OrganisationId organisation, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from caselaw_entry where organisation_id = :org and id = :id")
                .param("org", organisation.value()).param("id", id).query(CaseLawRepository::entry).optional();
    }

    Page<CaseLawEntry> search(OrganisationId organisation, CaseLawQuery query, boolean drafts, PageRequest page) {
        var where = new StringBuilder(" from caselaw_entry where organisation_id = :org");
        var params = new LinkedHashMap<String, Object>();
        params.put("org", organisation.value());
        where.append(drafts && query.draftsOnly() ? " and status = 'DRAFT'"
                : drafts ? "" : " and status = 'PUBLISHED'");
        if (query.factCode() != null) {
            where.append(" and :factCode = any(fact_codes)");
            params.put("factCode", query.factCode());
        }
        if (query.riskFamily() != null) {
            where.append(" and :family = any(risk_families)");
            params.put("family", query.riskFamily());
        }
        if (query.sanction() != null) {
            where.append(" and sanction = :sanction");
            params.put("sanction", query.sanction());
        }
        if (query.outcome() != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", query.outcome());
        }
        if (query.year() != null) {
            where.append(" and decided_year = :year");
            params.put("year", query.year());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        var content = jdbc.sql("select " + COLUMNS + where
                + " order by decided_year desc, decided_on desc nulls last, created_at desc"
                + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(CaseLawRepository::entry).list();
        return new Page<>(content, page, total);
    }

    List<SimilarEntry> similar(OrganisationId organisation, Collection<String> factCodes,
            Collection<String> riskFamilies, @Nullable UUID exclude, int limit) {
        return jdbc.sql("""
                select * from (
                  select %s,
                    array(select unnest(fact_codes) intersect select unnest(cast(:codes as text[]))) shared_codes,
                    array(select unnest(risk_families) intersect select unnest(cast(:families as text[])))
                      shared_families
                  from caselaw_entry
                  where organisation_id = :org and status = 'PUBLISHED'
                    and (cast(:exclude as uuid) is null or case_id is null or case_id <> cast(:exclude as uuid))
                ) e
                where cardinality(shared_codes) + cardinality(shared_families) > 0
                order by 2 * cardinality(shared_codes) + cardinality(shared_families) desc, decided_year desc,
                  decided_on desc nulls last
                limit :limit""".formatted(COLUMNS))
                .param("org", organisation.value()).param("codes", literal(factCodes))
                .param("families", literal(riskFamilies)).param("exclude", exclude).param("limit", limit)
                .query((rs, n) -> {
                    var codes = strings(rs.getArray("shared_codes")).stream().sorted().toList();
                    var families = strings(rs.getArray("shared_families")).stream().sorted().toList();
                    return new SimilarEntry(entry(rs, n), codes, families, 2 * codes.size() + families.size());
                }).list();
    }

    Distribution distribution(OrganisationId organisation, String factCode) {
        var byOutcome = jdbc.sql("select outcome, count(*) from caselaw_entry where organisation_id = :org"
                + " and status = 'PUBLISHED' and :code = any(fact_codes) group by outcome order by 2 desc, 1")
                .param("org", organisation.value()).param("code", factCode)
                .query((rs, n) -> new Distribution.Share(rs.getString(1), rs.getInt(2))).list();
        var bySanction = jdbc.sql("select sanction, count(*) from caselaw_entry where organisation_id = :org"
                + " and status = 'PUBLISHED' and :code = any(fact_codes) group by sanction order by 2 desc, 1")
                .param("org", organisation.value()).param("code", factCode)
                .query((rs, n) -> new Distribution.Share(rs.getString(1), rs.getInt(2))).list();
        return new Distribution(factCode, byOutcome.stream().mapToInt(Distribution.Share::count).sum(), byOutcome,
                bySanction);
    }

    List<String> factCodesInUse(OrganisationId organisation) {
        return jdbc.sql("select distinct unnest(fact_codes) from caselaw_entry where organisation_id = :org"
                + " and status = 'PUBLISHED'").param("org", organisation.value()).query(String.class).list();
    }

    private static Map<String, Object> inputParams(CaseLawInput input) {
        var params = new LinkedHashMap<String, Object>();
        params.put("facts", input.facts());
        params.put("codes", literal(input.factCodes()));
        params.put("families", literal(input.riskFamilies()));
        params.put("aggravating", literal(input.aggravating()));
        params.put("mitigating", literal(input.mitigating()));
        params.put("track", input.track());
        params.put("outcome", input.outcome());
        params.put("sanction", input.sanction());
        params.put("year", input.year());
        params.put("decidedOn", input.decidedOn());
        return params;
    }

    private static CaseLawEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        var decidedOn = rs.getObject("decided_on", java.time.LocalDate.class);
        return new CaseLawEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("facts"), strings(rs.getArray("fact_codes")), strings(rs.getArray("risk_families")),
                strings(rs.getArray("aggravating")), strings(rs.getArray("mitigating")), rs.getString("track"),
                rs.getString("outcome"), rs.getString("sanction"), rs.getInt("decided_year"), decidedOn,
                published == null ? null : published.toInstant());
    }

    /** A PostgreSQL array literal, cast in SQL, since a named parameter would expand a Java array into values. */
    private static String literal(Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
