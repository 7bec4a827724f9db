package be.kompas.policy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.policy.ActionChange;
import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.ClimateDimension;
import be.kompas.policy.ClimateSurvey;
import be.kompas.policy.ClimateSurveys;
import be.kompas.policy.ClimateSwot;
import be.kompas.policy.GrowthPhase;
import be.kompas.policy.PlanAction;
import be.kompas.policy.SurveyItem;
import be.kompas.policy.SurveyResults;
import be.kompas.policy.SurveyResults.GroupResult;
import be.kompas.policy.SurveyStatus;
import be.kompas.tenancy.OrganisationId;

/**
 * The climate survey. Identity touches only {@code policy_survey_participant} (who received a token); answers reach
 * the database through {@link SurveyResponseBuffer} after the answering transaction has committed.
 */
@Service
@Transactional
class DefaultClimateSurveys implements ClimateSurveys {

    static final String RECORD_TYPE = "policy.survey";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final SurveyResponseBuffer buffer;
    private final AuditTrail trail;
    private final ActionPlan plan;
    private final Clock clock;

    DefaultClimateSurveys(JdbcClient jdbc, SurveyResponseBuffer buffer, AuditTrail trail, ActionPlan plan,
            Clock clock) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.buffer = buffer;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClimateSurvey> surveys(OrganisationId organisation) {
        return jdbc.sql("select * from policy_survey where organisation_id = ? order by year desc, created_at desc")
                .param(organisation.value()).query(DefaultClimateSurveys::survey).list();
    }

    @Override
    @Transactional(readOnly = true)
    public ClimateSurvey find(OrganisationId organisation, UUID survey) {
        return jdbc.sql("select * from policy_survey where organisation_id = ? and id = ?")
                .params(organisation.value(), survey).query(DefaultClimateSurveys::survey).optional()
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, survey));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SurveyItem> items(OrganisationId organisation, UUID survey) {
        return jdbc.sql("select * from policy_survey_item where organisation_id = ? and survey_id = ? order by position")
                .params(organisation.value(), survey)
                .query((rs, row) -> new SurveyItem(rs.getObject("id", UUID.class),
                        ClimateDimension.valueOf(rs.getString("dimension")), rs.getString("text")))
                .list();
    }

    @Override
    public UUID create(OrganisationId organisation, int year, String title, List<String> groups) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "must be between 2000 and 2100");
        }
        if (title.isBlank()) {
            throw InvalidInputException.of("title", "must not be blank");
        }
        var id = UUID.randomUUID();
        var cleanGroups = groups.stream().map(String::strip).filter(group -> !group.isEmpty()).distinct().toList();
        jdbc.sql("""
                insert into policy_survey (id, organisation_id, year, title, respondent_groups, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.value(), year, title.strip(), String.join("\n", cleanGroups),
                        SurveyStatus.DRAFT.name(), Timestamp.from(clock.instant()))
                .update();
        trail.wrote("policy.survey.created", RECORD_TYPE, id, title);
        return id;
    }

    @Override
    public UUID addItem(OrganisationId organisation, UUID survey, ClimateDimension dimension, String text) {
        requireDraft(find(organisation, survey));
        if (text.isBlank()) {
            throw InvalidInputException.of("text", "must not be blank");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_survey_item (id, organisation_id, survey_id, dimension, text, position)
                values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from policy_survey_item
                                         where survey_id = ?))""")
                .params(id, organisation.value(), survey, dimension.name(), text.strip(), survey).update();
        trail.wrote("policy.survey.item-added", RECORD_TYPE, survey, text);
        return id;
    }

    @Override
    public void removeItem(OrganisationId organisation, UUID survey, UUID item) {
        requireDraft(find(organisation, survey));
        if (jdbc.sql("delete from policy_survey_item where organisation_id = ? and survey_id = ? and id = ?")
                .params(organisation.value(), survey, item).update() == 0) {
            throw new RecordNotFoundException("policy.survey.item", item);
        }
        trail.wrote("policy.survey.item-removed", RECORD_TYPE, survey, null);
    }

    @Override
    public void open(OrganisationId organisation, UUID survey, LocalDate closesOn) {
        requireDraft(find(organisation, survey));
        var today = today();
        if (closesOn.isBefore(today)) {
            throw InvalidInputException.of("closesOn", "must not be in the past");
        }
        if (items(organisation, survey).isEmpty()) {
            throw InvalidInputException.of("items", "a survey needs at least one item");
        }
        jdbc.sql("update policy_survey set status = ?, opens_on = ?, closes_on = ? where organisation_id = ? and id = ?")
                .params(SurveyStatus.OPEN.name(), today, closesOn, organisation.value(), survey).update();
        trail.wrote("policy.survey.opened", RECORD_TYPE, survey, closesOn.toString());
    }

    @Override
    public void close(OrganisationId organisation, UUID survey) {
        var found = find(organisation, survey);
        if (found.status() != SurveyStatus.OPEN) {
            throw InvalidInputException.of("status", "only an open survey can be closed");
        }
        closeAndFlush(found.id());
        trail.wrote("policy.survey.closed", RECORD_TYPE, survey, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClimateSurvey> openSurveys(OrganisationId organisation) {
        var today = today();
        return surveys(organisation).stream().filter(survey -> survey.acceptsAnswers(today)).toList();
    }

    @Override
    public Optional<String> issueToken(OrganisationId organisation, UUID survey, UUID user) {
        if (!find(organisation, survey).acceptsAnswers(today())) {
            throw InvalidInputException.of("status", "the survey does not accept answers");
        }
        var inserted = jdbc.sql("""
                insert into policy_survey_participant (survey_id, organisation_id, user_id) values (?, ?, ?)
                on conflict do nothing""").params(survey, organisation.value(), user).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into policy_survey_token (token_hash, survey_id, organisation_id) values (?, ?, ?)")
                .params(hash(token), survey, organisation.value()).update();
        trail.wrote("policy.survey.token-issued", RECORD_TYPE, survey, null);
        return Optional.of(token);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean tookPart(OrganisationId organisation, UUID survey, UUID user) {
        return jdbc.sql("""
                select count(*) from policy_survey_participant where organisation_id = ? and survey_id = ?
                and user_id = ?""").params(organisation.value(), survey, user).query(Integer.class).single() > 0;
    }

    @Override
    public void answer(OrganisationId organisation, String token, String group, Map<UUID, Integer> scores) {
        var survey = jdbc.sql("select survey_id from policy_survey_token where organisation_id = ? and token_hash = ?")
                .params(organisation.value(), hash(token)).query(UUID.class).optional()
                .map(id -> find(organisation, id))
                .orElseThrow(() -> InvalidInputException.of("token", "unknown or already used"));
        if (!survey.acceptsAnswers(today())) {
            throw InvalidInputException.of("status", "the survey does not accept answers");
        }
        var chosenGroup = group.strip();
        if (!chosenGroup.isEmpty() && !survey.groups().contains(chosenGroup)) {
            throw InvalidInputException.of("group", "must be one of the survey's groups");
        }
        var errors = new LinkedHashMap<String, String>();
        var answered = new LinkedHashMap<UUID, Integer>();
        for (var item : items(organisation, survey.id())) {
            var score = scores.get(item.id());
            if (score == null || score < 1 || score > 5) {
                errors.put(item.id().toString(), "must be answered from 1 to 5");
            }
            else {
                answered.put(item.id(), score);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("delete from policy_survey_token where token_hash = ?").param(hash(token)).update();
        // The audit trail learns that the signed-in user answered, never what.
        trail.wrote("policy.survey.answered", RECORD_TYPE, survey.id(), null);
        var pending = new SurveyResponseBuffer.Pending(organisation, survey.id(), chosenGroup, answered);
        afterCommit(() -> buffer.hold(pending));
    }

    private static void afterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyResults results(OrganisationId organisation, UUID survey) {
        var found = find(organisation, survey);
        var participants = jdbc.sql("select count(*) from policy_survey_participant where survey_id = ?")
                .param(survey).query(Integer.class).single();
        var groups = new ArrayList<GroupResult>();
        for (var group : found.groups()) {
            groups.add(group(organisation, survey, group));
        }
        var overall = group(organisation, survey, null);
        withholdDifferences(overall, groups);
        return new SurveyResults(found, participants, overall, groups);
    }

    /**
     * The respondents outside the shown groups (those of small groups and those who named none) can be worked out from
     * the overall result minus the shown groups, so they must count at least {@link #MINIMUM_GROUP} too: the smallest
     * shown groups are withheld until they do.
     */
    static void withholdDifferences(GroupResult overall, List<GroupResult> groups) {
        if (overall.suppressed()) {
            return;
        }
        while (true) {
            var shown = groups.stream().filter(group -> !group.suppressed()).toList();
            var rest = overall.respondents() - shown.stream().mapToInt(GroupResult::respondents).sum();
            if (shown.isEmpty() || rest == 0 || rest >= MINIMUM_GROUP) {
                return;
            }
            var smallest = shown.stream().min(Comparator.comparingInt(GroupResult::respondents)).orElseThrow();
            groups.set(groups.indexOf(smallest), new GroupResult(smallest.group(), smallest.respondents(), Map.of()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SurveyResults> trend(OrganisationId organisation) {
        var oldestFirst = new ArrayList<>(surveys(organisation));
        Collections.reverse(oldestFirst);
        return oldestFirst.stream().filter(survey -> survey.status() != SurveyStatus.DRAFT)
                .map(survey -> results(organisation, survey.id())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ClimateSwot swot(OrganisationId organisation, int year) {
        return jdbc.sql("select * from policy_climate_swot where organisation_id = ? and year = ?")
                .params(organisation.value(), year)
                .query((rs, row) -> new ClimateSwot(year, rs.getString("strengths"), rs.getString("weaknesses"),
                        rs.getString("opportunities"), rs.getString("threats"), rs.getString("priorities"),
                        phase(rs.getString("growth_phase"))))
                .optional().orElse(ClimateSwot.empty(year));
    }

    @Override
    public void saveSwot(OrganisationId organisation, ClimateSwot swot) {
        if (swot.year() < 2000 || swot.year() > 2100) {
            throw InvalidInputException.of("year", "must be between 2000 and 2100");
        }
        jdbc.sql("""
                insert into policy_climate_swot (organisation_id, year, strengths, weaknesses, opportunities, threats,
                                                 priorities, growth_phase)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, year) do update set strengths = excluded.strengths,
                  weaknesses = excluded.weaknesses, opportunities = excluded.opportunities, threats = excluded.threats,
                  priorities = excluded.priorities, growth_phase = excluded.growth_phase""")
                .params(organisation.value(), swot.year(), swot.strengths().strip(), swot.weaknesses().strip(),
                        swot.opportunities().strip(), swot.threats().strip(), swot.priorities().strip(),
                        swot.phase() == null ? null : swot.phase().name())
                .update();
        trail.wrote("policy.survey.swot-saved", RECORD_TYPE, organisation.value(), String.valueOf(swot.year()));
    }

    @Override
    public ActionId planPriority(OrganisationId organisation, int year, String priority) {
        if (priority.isBlank()) {
            throw InvalidInputException.of("priority", "must not be blank");
        }
        var next = plan.actions(organisation, ActionDomain.POLICY, null).stream().map(PlanAction::code)
                .filter(code -> code.matches("B[0-9]{1,3}")).mapToInt(code -> Integer.parseInt(code.substring(1)))
                .max().orElse(0) + 1;
        return plan.add(organisation, new ActionChange(ActionDomain.POLICY, "B" + next, priority.strip(),
                "SWOT " + year, "", "", "", null, ActionStatus.PLANNED, "", ""));
    }

    @Override
    public int closeEnded(LocalDate today) {
        var ended = jdbc.sql("select id from policy_survey where status = ? and closes_on < ?")
                .params(SurveyStatus.OPEN.name(), today).query(UUID.class).list();
        ended.forEach(this::closeAndFlush);
        return ended.size();
    }

    private void closeAndFlush(UUID survey) {
        jdbc.sql("update policy_survey set status = ? where id = ?").params(SurveyStatus.CLOSED.name(), survey)
                .update();
        jdbc.sql("delete from policy_survey_token where survey_id = ?").param(survey).update();
        // After the commit, so that no answer accepted before the close is left behind in the buffer.
        afterCommit(() -> buffer.flush(survey));
    }

    private GroupResult group(OrganisationId organisation, UUID survey, @Nullable String group) {
        var groupLabel = group == null ? "" : group;
        var respondents = jdbc.sql("""
                select count(*) from policy_survey_response where organisation_id = ? and survey_id = ?
                and (cast(? as text) is null or respondent_group = ?)""")
                .params(organisation.value(), survey, group, groupLabel).query(Integer.class).single();
        var means = new EnumMap<ClimateDimension, Double>(ClimateDimension.class);
        if (respondents >= MINIMUM_GROUP) {
            jdbc.sql("""
                    select i.dimension, avg(a.score) as mean
                    from policy_survey_answer a
                    join policy_survey_response r on r.id = a.response_id
                    join policy_survey_item i on i.id = a.item_id
                    where r.organisation_id = ? and r.survey_id = ?
                    and (cast(? as text) is null or r.respondent_group = ?)
                    group by i.dimension""")
                    .params(organisation.value(), survey, group, groupLabel)
                    .query((rs, row) -> Map.entry(ClimateDimension.valueOf(rs.getString("dimension")),
                            rs.getDouble("mean")))
                    .list().forEach(entry -> means.put(entry.getKey(), entry.getValue()));
        }
        return new GroupResult(groupLabel, respondents, means);
    }

    private static void requireDraft(ClimateSurvey survey) {
        if (survey.status() != SurveyStatus.DRAFT) {
            throw InvalidInputException.of("status", "the questionnaire can only change while it is a draft");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    private static @Nullable GrowthPhase phase(@Nullable String value) {
        return value == null ? null : GrowthPhase.valueOf(value);
    }

    private static ClimateSurvey survey(ResultSet rs, int row) throws SQLException {
        var groups = rs.getString("respondent_groups");
        return new ClimateSurvey(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("title"),
                groups.isBlank() ? List.of() : Arrays.asList(groups.split("\n")),
                SurveyStatus.valueOf(rs.getString("status")), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
