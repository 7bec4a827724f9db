package be.kompas.earlywarning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;
import be.kompas.earlywarning.ExposureInput;
import be.kompas.earlywarning.RuleInput;
import be.kompas.tenancy.OrganisationId;

/** The early-warning tables; every query is scoped to one organisation. */
@Repository
class EarlyWarningRepository {

    private static final String ALERT_SELECT = """
            select a.*, r.code, r.version, r.indicator, r.window_months, r.denominator, r.threshold,
                   r.min_percentile
            from earlywarning_alert a
            join earlywarning_rule r on r.organisation_id = a.organisation_id and r.id = a.rule_id
            """;

    private final JdbcClient jdbc;

    EarlyWarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Rules

    List<Rule> currentRules(OrganisationId org) {
        return jdbc.sql("""
                select * from earlywarning_rule r where organisation_id = :org
                and version = (select max(version) from earlywarning_rule x
                               where x.organisation_id = r.organisation_id and x.code = r.code)
                order by code""").param("org", org.value()).query(this::rule).list();
    }

    List<Rule> versions(OrganisationId org, String code) {
        return jdbc.sql("select * from earlywarning_rule where organisation_id = :org and code = :code"
                + " order by version desc").param("org", org.value()).param("code", code).query(this::rule).list();
    }

    int nextVersion(OrganisationId org, String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from earlywarning_rule where organisation_id = :org"
                + " and code = :code").param("org", org.value()).param("code", code).query(Integer.class).single();
    }

    void insertRule(OrganisationId org, UUID id, int version, RuleInput in, String by, Instant at) {
        jdbc.sql("""
                insert into earlywarning_rule (id, organisation_id, code, version, indicator, window_months,
                  denominator, threshold, min_percentile, combination, min_peers, active, note, created_by, created_at)
                values (:id, :org, :code, :version, :indicator, :window, :denominator, :threshold, :percentile,
                  :combination, :minPeers, :active, :note, :by, :at)""")
                .param("id", id).param("org", org.value()).param("code", in.code()).param("version", version)
                .param("indicator", in.indicator()).param("window", in.windowMonths())
                .param("denominator", in.denominator().name()).param("threshold", in.threshold())
                .param("percentile", in.minPercentile()).param("combination", in.combination().name())
                .param("minPeers", in.minPeers()).param("active", in.active()).param("note", in.note())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    private Rule rule(ResultSet rs, int n) throws SQLException {
        return new Rule(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"),
                rs.getString("indicator"), rs.getInt("window_months"), Denominator.valueOf(rs.getString("denominator")),
                rs.getObject("threshold", Integer.class), rs.getObject("min_percentile", Integer.class),
                Combination.valueOf(rs.getString("combination")), rs.getInt("min_peers"), rs.getBoolean("active"),
                rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    // Settings

    Optional<Settings> settings(OrganisationId org) {
        var types = unitTypes(org);
        return jdbc.sql("select * from earlywarning_settings where organisation_id = :org").param("org", org.value())
                .query((rs, n) -> new Settings(rs.getString("reviewer_role"), rs.getInt("expiry_months"), types))
                .optional();
    }

    /** Unit id to unit type. */
    Map<UUID, String> unitTypes(OrganisationId org) {
        var types = new HashMap<UUID, String>();
        jdbc.sql("select unit_id, unit_type from earlywarning_unit_type where organisation_id = :org")
                .param("org", org.value())
                .query(rs -> {
                    types.put(rs.getObject("unit_id", UUID.class), rs.getString("unit_type"));
                });
        return types;
    }

    void saveSettings(OrganisationId org, String reviewerRole, int expiryMonths, Map<UUID, String> unitTypes) {
        jdbc.sql("""
                insert into earlywarning_settings (organisation_id, reviewer_role, expiry_months)
                values (:org, :role, :months)
                on conflict (organisation_id) do update set reviewer_role = :role, expiry_months = :months""")
                .param("org", org.value()).param("role", reviewerRole).param("months", expiryMonths).update();
        jdbc.sql("delete from earlywarning_unit_type where organisation_id = :org").param("org", org.value()).update();
        unitTypes.forEach((unit, type) -> jdbc.sql("insert into earlywarning_unit_type (organisation_id, unit_id,"
                + " unit_type) values (:org, :unit, :type)").param("org", org.value()).param("unit", unit)
                .param("type", type).update());
    }

    // Exposure

    void upsertExposure(OrganisationId org, UUID staff, ExposureInput in, String by, Instant at) {
        jdbc.sql("""
                insert into earlywarning_exposure (id, organisation_id, staff_id, period_start, period_end, hours,
                  interventions, arrests, imported_by, imported_at)
                values (:id, :org, :staff, :start, :end, :hours, :interventions, :arrests, :by, :at)
                on conflict (organisation_id, staff_id, period_start) do update set period_end = :end,
                  hours = :hours, interventions = :interventions, arrests = :arrests, imported_by = :by,
                  imported_at = :at""")
                .param("id", UUID.randomUUID()).param("org", org.value()).param("staff", staff)
                .param("start", in.periodStart()).param("end", in.periodEnd()).param("hours", in.hours())
                .param("interventions", in.interventions()).param("arrests", in.arrests()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Staff id, period and figures, newest periods first. */
    List<Object[]> exposureRows(OrganisationId org, int limit) {
        return jdbc.sql("select staff_id, period_start, period_end, hours, interventions, arrests"
                + " from earlywarning_exposure where organisation_id = :org order by period_start desc, staff_id"
                + " limit :limit").param("org", org.value()).param("limit", limit)
                .query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6) })
                .list();
    }

    /** Each staff member's exposure in the window, periods that overlap it counted pro rata. */
    Map<UUID, Double> exposure(OrganisationId org, Denominator denominator, LocalDate from, LocalDate to) {
        String column = switch (denominator) {
            case HOURS -> "hours";
            case INTERVENTIONS -> "interventions";
            case ARRESTS -> "arrests";
            case NONE -> "1";
        };
        var result = new HashMap<UUID, Double>();
        jdbc.sql("select staff_id, sum(" + column + " * (least(period_end, :to) - greatest(period_start, :from) + 1)"
                + "::numeric / (period_end - period_start + 1)) from earlywarning_exposure"
                + " where organisation_id = :org and period_end >= :from and period_start <= :to group by staff_id")
                .param("org", org.value()).param("from", from).param("to", to)
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2).doubleValue());
                });
        return result;
    }

    List<UUID> exposureIdsAbout(OrganisationId org, Collection<UUID> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from earlywarning_exposure where organisation_id = :org and staff_id in (:staff)")
                .param("org", org.value()).param("staff", staff).query(UUID.class).list();
    }

    int purgeExposure(OrganisationId org, LocalDate before) {
        return jdbc.sql("delete from earlywarning_exposure where organisation_id = :org and period_end < :before")
                .param("org", org.value()).param("before", before).update();
    }

    // Runs

    void insertRun(OrganisationId org, UUID id, String by, Instant at) {
        jdbc.sql("insert into earlywarning_run (id, organisation_id, triggered_by, started_at) values (:id, :org, :by,"
                + " :at)").param("id", id).param("org", org.value()).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    void progress(UUID run, int total, int done, int alerts) {
        jdbc.sql("update earlywarning_run set total = :total, done = :done, alerts = :alerts where id = :id")
                .param("total", total).param("done", done).param("alerts", alerts).param("id", run).update();
    }

    void finishRun(UUID run, Instant at, boolean failed) {
        jdbc.sql("update earlywarning_run set finished_at = :at, failed = :failed where id = :id")
                .param("at", Timestamp.from(at)).param("failed", failed).param("id", run).update();
    }

    Optional<RunView> run(OrganisationId org, UUID id) {
        return jdbc.sql("select * from earlywarning_run where organisation_id = :org and id = :id")
                .param("org", org.value()).param("id", id).query(this::runView).optional();
    }

    List<RunView> runs(OrganisationId org, int limit) {
        return jdbc.sql("select * from earlywarning_run where organisation_id = :org order by started_at desc"
                + " limit :limit").param("org", org.value()).param("limit", limit).query(this::runView).list();
    }

    private RunView runView(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RunView(rs.getObject("id", UUID.class), rs.getString("triggered_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getInt("total"), rs.getInt("done"), rs.getInt("alerts"), rs.getBoolean("failed"));
    }

    // Alerts

    boolean hasAlertInForce(OrganisationId org, UUID staff, String ruleCode, LocalDate today) {
        return jdbc.sql("""
                select count(*) from earlywarning_alert a join earlywarning_rule r
                  on r.organisation_id = a.organisation_id and r.id = a.rule_id
                where a.organisation_id = :org and a.staff_id = :staff and r.code = :code and a.expires_on >= :today""")
                .param("org", org.value()).param("staff", staff).param("code", ruleCode).param("today", today)
                .query(Integer.class).single() > 0;
    }

    record NewAlert(UUID id, UUID staffId, UUID ruleId, UUID runId, LocalDate from, LocalDate to, int count,
            double exposure, @Nullable Integer percentile, int peers, String peerGroup, @Nullable UUID reviewerId,
            @Nullable String reviewerName, LocalDate expiresOn, Instant createdAt) {
    }

    void insertAlert(OrganisationId org, NewAlert a) {
        jdbc.sql("""
                insert into earlywarning_alert (id, organisation_id, staff_id, rule_id, run_id, window_from, window_to,
                  event_count, exposure, percentile, peers, peer_group, reviewer_id, reviewer_name, expires_on,
                  created_at)
                values (:id, :org, :staff, :rule, :run, :from, :to, :count, :exposure, :percentile, :peers, :group,
                  :reviewer, :reviewerName, :expires, :at)""")
                .param("id", a.id()).param("org", org.value()).param("staff", a.staffId()).param("rule", a.ruleId())
                .param("run", a.runId()).param("from", a.from()).param("to", a.to()).param("count", a.count())
                .param("exposure", BigDecimal.valueOf(a.exposure()).setScale(1, java.math.RoundingMode.HALF_UP))
                .param("percentile", a.percentile()).param("peers", a.peers()).param("group", a.peerGroup())
                .param("reviewer", a.reviewerId()).param("reviewerName", a.reviewerName())
                .param("expires", a.expiresOn()).param("at", Timestamp.from(a.createdAt())).update();
    }

    /** Raw alert rows; the service adds staff names and expiry. */
    List<AlertRow> alerts(OrganisationId org, @Nullable UUID reviewer, @Nullable UUID staff, int limit) {
        return jdbc.sql(ALERT_SELECT + " where a.organisation_id = :org"
                + (reviewer != null ? " and a.reviewer_id = :reviewer" : "")
                + (staff != null ? " and a.staff_id = :staff" : "")
                + " order by a.created_at desc, a.id limit :limit")
                .param("org", org.value()).param("reviewer", reviewer).param("staff", staff).param("limit", limit)
                .query(this::alertRow).list();
    }

    List<AlertRow> alertsOfStaff(OrganisationId org, Collection<UUID> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ALERT_SELECT + " where a.organisation_id = :org and a.staff_id in (:staff)")
                .param("org", org.value()).param("staff", staff).query(this::alertRow).list();
    }

    Optional<AlertRow> alert(OrganisationId org, UUID id) {
        return jdbc.sql(ALERT_SELECT + " where a.organisation_id = :org and a.id = :id").param("org", org.value())
                .param("id", id).query(this::alertRow).optional();
    }

    void assess(OrganisationId org, UUID id, String assessment, Outcome outcome, String by, Instant at) {
        jdbc.sql("update earlywarning_alert set assessment = :assessment, outcome = :outcome, assessed_by = :by,"
                + " assessed_at = :at where organisation_id = :org and id = :id").param("assessment", assessment)
                .param("outcome", outcome.name()).param("by", by).param("at", Timestamp.from(at))
                .param("org", org.value()).param("id", id).update();
    }

    void informed(OrganisationId org, UUID id, LocalDate on, InformedHow how, String by) {
        jdbc.sql("update earlywarning_alert set informed_on = :on, informed_how = :how, informed_by = :by"
                + " where organisation_id = :org and id = :id").param("on", on).param("how", how.name())
                .param("by", by).param("org", org.value()).param("id", id).update();
    }

    int purgeAlerts(OrganisationId org, LocalDate expiredBefore) {
        return jdbc.sql("delete from earlywarning_alert where organisation_id = :org and expires_on < :before")
                .param("org", org.value()).param("before", expiredBefore).update();
    }

    record AlertRow(UUID id, UUID staffId, String ruleCode, int ruleVersion, String indicator, int windowMonths,
            Denominator denominator, @Nullable Integer threshold, @Nullable Integer minPercentile,
            LocalDate windowFrom, LocalDate windowTo, int eventCount, double exposure, @Nullable Integer percentile,
            int peers, String peerGroup, @Nullable UUID reviewerId, @Nullable String reviewerName,
            @Nullable String assessment, @Nullable Outcome outcome, @Nullable String assessedBy,
            @Nullable Instant assessedAt, @Nullable LocalDate informedOn, @Nullable InformedHow informedHow,
            LocalDate expiresOn, Instant createdAt) {

        AlertView view(String staffName, LocalDate today) {
            return new AlertView(id, staffId, staffName, ruleCode, ruleVersion, indicator, windowMonths, denominator,
                    threshold, minPercentile, windowFrom, windowTo, eventCount, exposure, percentile, peers,
                    peerGroup, reviewerId, reviewerName, assessment, outcome, assessedBy, assessedAt, informedOn,
                    informedHow, expiresOn, createdAt, expiresOn.isBefore(today));
        }
    }

    private AlertRow alertRow(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        String how = rs.getString("informed_how");
        Timestamp assessedAt = rs.getTimestamp("assessed_at");
        return new AlertRow(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getString("code"), rs.getInt("version"), rs.getString("indicator"), rs.getInt("window_months"),
                Denominator.valueOf(rs.getString("denominator")), rs.getObject("threshold", Integer.class),
                rs.getObject("min_percentile", Integer.class), rs.getObject("window_from", LocalDate.class),
                rs.getObject("window_to", LocalDate.class), rs.getInt("event_count"),
                rs.getBigDecimal("exposure").doubleValue(), rs.getObject("percentile", Integer.class),
                rs.getInt("peers"), rs.getString("peer_group"), rs.getObject("reviewer_id", UUID.class),
                rs.getString("reviewer_name"), rs.getString("assessment"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("assessed_by"),
                assessedAt == null ? null : assessedAt.toInstant(), rs.getObject("informed_on", LocalDate.class),
                how == null ? null : InformedHow.valueOf(how), rs.getObject("expires_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
