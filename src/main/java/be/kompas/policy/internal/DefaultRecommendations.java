package be.kompas.policy.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.policy.Recommendation;
import be.kompas.policy.RecommendationChange;
import be.kompas.policy.RecommendationSource;
import be.kompas.policy.RecommendationStatus;
import be.kompas.policy.Recommendations;
import be.kompas.policy.ZoneFollowUp;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;
import be.kompas.tenancy.OrganisationId;

/** One table, read by organisation; its SQL stays here. */
@Service
@Transactional
class DefaultRecommendations implements Recommendations {

    static final String RECORD_TYPE = "policy.recommendation";

    private static final String FILTER = """
             where organisation_id = ? and (cast(? as varchar) is null or source = ?)
               and (cast(? as varchar) is null or status = ?)""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultRecommendations(JdbcClient jdbc, Organisations organisations, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Recommendation> search(OrganisationId organisation, @Nullable RecommendationSource source,
            @Nullable RecommendationStatus status, PageRequest page) {
        var sourceName = source == null ? null : source.name();
        var statusName = status == null ? null : status.name();
        var total = jdbc.sql("select count(*) from policy_recommendation " + FILTER)
                .params(organisation.value(), sourceName, sourceName, statusName, statusName).query(Long.class)
                .single();
        var content = jdbc.sql("select * from policy_recommendation " + FILTER
                + " order by issued_on desc, created_at, reference limit ? offset ?")
                .params(organisation.value(), sourceName, sourceName, statusName, statusName, page.size(),
                        page.offset())
                .query(DefaultRecommendations::map).list();
        return new Page<>(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Recommendation find(OrganisationId organisation, UUID recommendation) {
        return jdbc.sql("select * from policy_recommendation where organisation_id = ? and id = ?")
                .params(organisation.value(), recommendation).query(DefaultRecommendations::map).optional()
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, recommendation));
    }

    @Override
    public UUID add(OrganisationId organisation, RecommendationChange recommendation) {
        check(recommendation);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_recommendation (id, organisation_id, source, reference, issued_on, text, measures,
                       owner, due_date, status, evidence, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.value(), recommendation.source().name(), recommendation.reference().strip(),
                        Date.valueOf(recommendation.issuedOn()), recommendation.text().strip(),
                        recommendation.measures().strip(), recommendation.owner().strip(),
                        date(recommendation.dueDate()), recommendation.status().name(),
                        recommendation.evidence().strip(), Timestamp.from(clock.instant()))
                .update();
        trail.wrote("policy.recommendation.created", RECORD_TYPE, id, recommendation.reference());
        return id;
    }

    @Override
    public void change(OrganisationId organisation, UUID recommendation, RecommendationChange change) {
        find(organisation, recommendation);
        check(change);
        jdbc.sql("""
                update policy_recommendation set source = ?, reference = ?, issued_on = ?, text = ?, measures = ?,
                       owner = ?, due_date = ?, status = ?, evidence = ?
                 where organisation_id = ? and id = ?""")
                .params(change.source().name(), change.reference().strip(), Date.valueOf(change.issuedOn()),
                        change.text().strip(), change.measures().strip(), change.owner().strip(),
                        date(change.dueDate()), change.status().name(), change.evidence().strip(),
                        organisation.value(), recommendation)
                .update();
        trail.wrote("policy.recommendation.changed", RECORD_TYPE, recommendation, change.reference());
    }

    @Override
    public int importAig(OrganisationId organisation) {
        var added = 0;
        for (var row : AigTemplate.ROWS) {
            var exists = jdbc
                    .sql("select count(*) from policy_recommendation where organisation_id = ? and reference = ?")
                    .params(organisation.value(), row.reference()).query(Integer.class).single() > 0;
            if (!exists) {
                add(organisation, row);
                added++;
            }
        }
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ZoneFollowUp> nationalFollowUp() {
        var today = Date.valueOf(LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))));
        return organisations.findAll().stream().filter(o -> o.kind() == OrganisationKind.LOCAL_ZONE)
                .map(zone -> jdbc.sql("""
                        select count(*) filter (where status = 'IMPLEMENTED') as implemented,
                               count(*) filter (where status <> 'IMPLEMENTED' and due_date < ?) as overdue,
                               count(*) filter (where status <> 'IMPLEMENTED') as open
                          from policy_recommendation where organisation_id = ?""")
                        .params(today, zone.id().value())
                        .query((rs, row) -> new ZoneFollowUp(zone.name(), rs.getInt("implemented"),
                                rs.getInt("overdue"), rs.getInt("open")))
                        .single())
                .toList();
    }

    private static void check(RecommendationChange recommendation) {
        if (recommendation.text().isBlank()) {
            throw InvalidInputException.of("text", "must not be blank");
        }
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Recommendation map(ResultSet rs, int row) throws SQLException {
        var due = rs.getDate("due_date");
        return new Recommendation(rs.getObject("id", UUID.class),
                RecommendationSource.valueOf(rs.getString("source")), rs.getString("reference"),
                rs.getDate("issued_on").toLocalDate(), rs.getString("text"), rs.getString("measures"),
                rs.getString("owner"), due == null ? null : due.toLocalDate(),
                RecommendationStatus.valueOf(rs.getString("status")), rs.getString("evidence"));
    }
}
