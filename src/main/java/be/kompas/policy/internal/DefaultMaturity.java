package be.kompas.policy.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.policy.CultureItem;
import be.kompas.policy.Maturity;
import be.kompas.policy.MaturityAssessment;
import be.kompas.policy.MaturityScore;
import be.kompas.policy.MaturityTopic;
import be.kompas.policy.TopicDistribution;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

/** Small enough to keep its SQL here: two tables, each read and written whole per year. */
@Service
@Transactional
class DefaultMaturity implements Maturity {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditTrail trail;
    private final java.time.Clock clock;

    DefaultMaturity(JdbcClient jdbc, Organisations organisations, AuditTrail trail, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MaturityAssessment assessment(OrganisationId organisation, int year) {
        var scores = new EnumMap<MaturityTopic, MaturityScore>(MaturityTopic.class);
        jdbc.sql("select * from policy_maturity_score where organisation_id = ? and year = ?")
                .params(organisation.value(), year)
                .query((rs, row) -> new MaturityScore(MaturityTopic.valueOf(rs.getString("topic")),
                        rs.getInt("level"), rs.getString("evidence")))
                .list().forEach(score -> scores.put(score.topic(), score));
        var items = new EnumMap<CultureItem, CultureItem.Answer>(CultureItem.class);
        jdbc.sql("select item, answer from policy_maturity_item where organisation_id = ? and year = ?")
                .params(organisation.value(), year)
                .query((rs, row) -> Map.entry(CultureItem.valueOf(rs.getString("item")),
                        CultureItem.Answer.valueOf(rs.getString("answer"))))
                .list().forEach(entry -> items.put(entry.getKey(), entry.getValue()));
        return new MaturityAssessment(year, scores, items);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years(OrganisationId organisation) {
        return jdbc.sql("select distinct year from policy_maturity_score where organisation_id = ? order by year desc")
                .param(organisation.value()).query(Integer.class).list();
    }

    @Override
    public void record(OrganisationId organisation, int year, List<MaturityScore> scores,
            Map<CultureItem, CultureItem.Answer> items) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "must be between 2000 and 2100");
        }
        for (var score : scores) {
            if (score.level() < 0 || score.level() > MaturityScore.HIGHEST) {
                throw InvalidInputException.of(score.topic().name(), "must be a level from 0 to 5");
            }
        }
        var by = CurrentUser.find().map(KompasUser::username).orElse("system");
        var at = Timestamp.from(clock.instant());
        for (var score : scores) {
            jdbc.sql("""
                    insert into policy_maturity_score (organisation_id, year, topic, level, evidence, assessed_by,
                                                       assessed_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (organisation_id, year, topic)
                    do update set level = excluded.level, evidence = excluded.evidence,
                                  assessed_by = excluded.assessed_by, assessed_at = excluded.assessed_at""")
                    .params(organisation.value(), year, score.topic().name(), score.level(),
                            score.evidence().strip(), by, at)
                    .update();
        }
        items.forEach((item, answer) -> jdbc.sql("""
                insert into policy_maturity_item (organisation_id, year, item, answer) values (?, ?, ?, ?)
                on conflict (organisation_id, year, item) do update set answer = excluded.answer""")
                .params(organisation.value(), year, item.name(), answer.name()).update());
        trail.wrote("policy.maturity.recorded", "policy.maturity", year, null);
    }

    @Override
    public void importGentBaseline(OrganisationId organisation) {
        record(organisation, GentMaturityBaseline.YEAR, GentMaturityBaseline.SCORES, GentMaturityBaseline.ITEMS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TopicDistribution> nationalDistribution(int year) {
        var zones = organisations.findAll().stream().filter(o -> o.kind() == OrganisationKind.LOCAL_ZONE)
                .map(o -> o.id().value()).toArray(UUID[]::new);
        var counts = new EnumMap<MaturityTopic, List<Integer>>(MaturityTopic.class);
        for (var topic : MaturityTopic.values()) {
            counts.put(topic, new ArrayList<>(Collections.nCopies(MaturityScore.HIGHEST + 1, 0)));
        }
        jdbc.sql("""
                select topic, level, count(*) as zones from policy_maturity_score
                 where year = ? and organisation_id = any(?) group by topic, level""")
                .params(year, zones)
                .query(rs -> {
                    counts.get(MaturityTopic.valueOf(rs.getString("topic"))).set(rs.getInt("level"),
                            rs.getInt("zones"));
                });
        return counts.entrySet().stream().map(entry -> {
            var total = entry.getValue().stream().mapToInt(Integer::intValue).sum();
            return new TopicDistribution(entry.getKey(), total,
                    total < MINIMUM_ZONES ? List.of() : List.copyOf(entry.getValue()));
        }).toList();
    }
}
