package be.kompas.earlywarning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;
import be.kompas.earlywarning.EarlyWarning;
import be.kompas.earlywarning.EarlyWarningPermissions;
import be.kompas.earlywarning.ExposureInput;
import be.kompas.earlywarning.IndicatorSource;
import be.kompas.earlywarning.RuleInput;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.people.UnitNode;
import be.kompas.people.Units;
import be.kompas.tenancy.OrganisationId;

/**
 * Rules, exposure, settings and alerts of one organisation, and the evaluation that turns the indicator sources'
 * counts into alerts. Every read of an alert and every change is recorded in the audit trail.
 */
@Service
@Transactional
public class EarlyWarningService implements EarlyWarning {

    static final String RECORD_ALERT = "earlywarning.alert";
    static final String RECORD_RULE = "earlywarning.rule";
    static final String RECORD_EXPOSURE = "earlywarning.exposure";
    static final int DEFAULT_EXPIRY_MONTHS = 12;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final Pattern UNIT_TYPE = Pattern.compile("[\\p{L}\\p{N} _-]{1,60}");

    private final EarlyWarningRepository repository;
    private final List<IndicatorSource> sources;
    private final StaffDirectory staff;
    private final Units units;
    private final ReviewerChoice reviewers;
    private final RunProgress progress;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    EarlyWarningService(EarlyWarningRepository repository, List<IndicatorSource> sources, StaffDirectory staff,
            Units units, ReviewerChoice reviewers, RunProgress progress, AuditTrail audit,
            Notifications notifications, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.staff = staff;
        this.units = units;
        this.reviewers = reviewers;
        this.progress = progress;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(be.kompas.core.Formats.ZONE));
    }

    /** Every indicator some installed module counts. */
    @Transactional(readOnly = true)
    public Set<String> indicators() {
        var codes = new TreeSet<String>();
        sources.forEach(s -> codes.addAll(s.indicators()));
        return codes;
    }

    // Rules

    @Transactional(readOnly = true)
    public List<Rule> rules(OrganisationId organisation) {
        return repository.currentRules(organisation);
    }

    @Transactional(readOnly = true)
    public List<Rule> versions(OrganisationId organisation, String code) {
        var versions = repository.versions(organisation, code);
        if (versions.isEmpty()) {
            throw new RecordNotFoundException(RECORD_RULE, code);
        }
        return versions;
    }

    /** Adds a rule, or the next version of an existing one; earlier versions stay as they were. */
    @Override
    public int saveRule(KompasUser user, RuleInput input) {
        validate(input);
        var organisation = user.organisationId();
        int version = repository.nextVersion(organisation, input.code());
        UUID id = UUID.randomUUID();
        repository.insertRule(organisation, id, version, input, user.username(), now());
        audit.wrote("earlywarning.rule.saved", RECORD_RULE, id, null);
        return version;
    }

    private void validate(RuleInput in) {
        var errors = new HashMap<String, String>();
        if (!CODE.matcher(in.code()).matches()) {
            errors.put("code", "lower-case letters, digits and hyphens");
        }
        if (!indicators().contains(in.indicator())) {
            errors.put("indicator", "no installed module counts this indicator");
        }
        if (in.windowMonths() < 1 || in.windowMonths() > 36) {
            errors.put("windowMonths", "between 1 and 36");
        }
        if (in.threshold() == null && in.minPercentile() == null) {
            errors.put("threshold", "a threshold, a percentile or both");
        }
        if (in.threshold() != null && in.threshold() < 1) {
            errors.put("threshold", "at least 1");
        }
        if (in.minPercentile() != null && (in.minPercentile() < 1 || in.minPercentile() > 99)) {
            errors.put("minPercentile", "between 1 and 99");
        }
        if (in.minPeers() < 1 || in.minPeers() > 10_000) {
            errors.put("minPeers", "at least 1");
        }
        if (in.note().length() > 2000) {
            errors.put("note", "at most 2000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The default rules of a new organisation, all with version 1. */
    void seedRules(OrganisationId organisation) {
        List<RuleInput> defaults = List.of(
                new RuleInput("use-of-force-rate", "registers.use-of-force", 6, Denominator.INTERVENTIONS, 3, 95,
                        Combination.AND, 8, true, ""),
                new RuleInput("complaints-rate", "complaints.received", 12, Denominator.INTERVENTIONS, 3, 95,
                        Combination.AND, 8, true, ""),
                new RuleInput("founded-complaints", "complaints.founded", 12, Denominator.NONE, 2, null,
                        Combination.OR, 1, true, ""),
                new RuleInput("violence-suffered", "registers.violence-suffered", 6, Denominator.HOURS, 3, 95,
                        Combination.AND, 8, true, ""),
                new RuleInput("unjustified-lookups", "lookups.unjustified", 12, Denominator.NONE, 1, null,
                        Combination.OR, 1, true, ""),
                new RuleInput("refused-ancillary", "registers.ancillary-refused", 24, Denominator.NONE, 2, null,
                        Combination.OR, 1, true, ""));
        Instant now = now();
        for (RuleInput rule : defaults) {
            repository.insertRule(organisation, UUID.randomUUID(), 1, rule, "system", now);
        }
    }

    // Settings

    @Transactional(readOnly = true)
    public Settings settings(OrganisationId organisation) {
        return repository.settings(organisation)
                .orElse(new Settings(Roles.INTEGRITY_COORDINATOR, DEFAULT_EXPIRY_MONTHS, Map.of()));
    }

    @Override
    public void saveSettings(KompasUser user, String reviewerRole, int expiryMonths, Map<UUID, String> unitTypes) {
        var errors = new HashMap<String, String>();
        if (reviewerRole.isBlank() || Roles.STAFF_MEMBER.equals(reviewerRole)) {
            errors.put("reviewerRole", "choose a role");
        }
        if (expiryMonths < 1 || expiryMonths > 60) {
            errors.put("expiryMonths", "between 1 and 60");
        }
        var known = new java.util.HashSet<UUID>();
        units.tree(user.organisationId()).forEach(n -> known.add(n.unit().id().value()));
        unitTypes.forEach((unit, type) -> {
            if (!known.contains(unit) || !UNIT_TYPE.matcher(type).matches()) {
                errors.put("unitTypes", "unknown unit or invalid type");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        repository.saveSettings(user.organisationId(), reviewerRole, expiryMonths, unitTypes);
        audit.wrote("earlywarning.settings.saved", "earlywarning.settings", user.organisationId().value(), null);
    }

    // Exposure

    /**
     * Stores exposure rows (a row for the same person and period start replaces the earlier one).
     *
     * @throws InvalidInputException naming {@code rows[i].field} for every bad row; nothing is stored then
     */
    @Override
    public int importExposure(KompasUser user, List<ExposureInput> rows) {
        var organisation = user.organisationId();
        var errors = new HashMap<String, String>();
        var resolved = new ArrayList<UUID>();
        for (int i = 0; i < rows.size(); i++) {
            ExposureInput row = rows.get(i);
            String at = "rows[" + i + "].";
            var member = staff.findByPersonnelNumber(organisation, row.personnelNumber().strip());
            if (member.isEmpty()) {
                errors.put(at + "personnelNumber", "unknown personnel number");
            }
            if (row.periodEnd().isBefore(row.periodStart())) {
                errors.put(at + "periodEnd", "before the period start");
            }
            if (row.hours().signum() < 0 || row.interventions() < 0 || row.arrests() < 0) {
                errors.put(at + "hours", "figures may not be negative");
            }
            resolved.add(member.map(m -> m.id().value()).orElse(null));
        }
        if (rows.isEmpty()) {
            errors.put("rows", "no rows");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = now();
        for (int i = 0; i < rows.size(); i++) {
            repository.upsertExposure(organisation, resolved.get(i), rows.get(i), user.username(), now);
        }
        audit.wrote("earlywarning.exposure.imported", RECORD_EXPOSURE, rows.size() + " rows", null);
        return rows.size();
    }

    @Transactional(readOnly = true)
    public List<ExposureRow> exposure(KompasUser user) {
        var names = new HashMap<UUID, String>();
        var rows = repository.exposureRows(user.organisationId(), 200).stream().map(r -> {
            UUID id = (UUID) r[0];
            String name = names.computeIfAbsent(id, s -> name(user.organisationId(), s));
            return new ExposureRow(id, name, (LocalDate) r[1], (LocalDate) r[2], (java.math.BigDecimal) r[3],
                    (Integer) r[4], (Integer) r[5]);
        }).toList();
        audit.read(RECORD_EXPOSURE, "list", null);
        return rows;
    }

    // Runs

    @Override
    public int evaluateNow(OrganisationId organisation, String actor) {
        return evaluate(organisation, startRun(organisation, actor), actor);
    }

    /** Records a run that {@link #evaluate} will fill. */
    public UUID startRun(OrganisationId organisation, String triggeredBy) {
        UUID id = UUID.randomUUID();
        repository.insertRun(organisation, id, triggeredBy, now());
        return id;
    }

    @Transactional(readOnly = true)
    public RunView run(OrganisationId organisation, UUID id) {
        return repository.run(organisation, id).orElseThrow(() -> new RecordNotFoundException("earlywarning.run", id));
    }

    @Transactional(readOnly = true)
    public List<RunView> runs(OrganisationId organisation) {
        return repository.runs(organisation, 10);
    }

    /** A staff member in service with their peer group. */
    record Member(UUID id, String name, String personnelNumber, String peerGroup) {
    }

    List<Member> members(OrganisationId organisation) {
        Map<UUID, String> types = repository.unitTypes(organisation);
        var unitType = new HashMap<UUID, String>();
        for (UnitNode node : units.tree(organisation)) {
            UUID id = node.unit().id().value();
            unitType.put(id, types.getOrDefault(id, node.unit().kind().name()));
        }
        var members = new ArrayList<Member>();
        for (int page = 0;; page++) {
            var batch = staff.search(organisation, StaffQuery.all(), PageRequest.of(page, PageRequest.MAX_SIZE));
            for (StaffMemberSummary s : batch.content()) {
                if (s.inService()) {
                    String function = s.functionName() == null ? "-" : s.functionName();
                    members.add(new Member(s.id().value(), s.fullName(), s.personnelNumber(),
                            function + " · " + unitType.getOrDefault(s.unitId().value(), "-")));
                }
            }
            if (batch.content().size() < PageRequest.MAX_SIZE) {
                return members;
            }
        }
    }

    /**
     * Applies every active rule to the organisation's staff in service and records an alert for each staff member a
     * rule fires for, unless an alert of the same rule is still in force for them. Progress goes to the run.
     *
     * @return the number of new alerts
     */
    public int evaluate(OrganisationId organisation, UUID run, String actor) {
        LocalDate today = today();
        Settings settings = settings(organisation);
        List<Member> members = members(organisation);
        var peerGroups = new HashMap<UUID, Member>();
        members.forEach(m -> peerGroups.put(m.id(), m));
        List<Rule> rules = repository.currentRules(organisation).stream().filter(Rule::active).toList();
        int total = Math.max(1, rules.size() * members.size());
        int done = 0;
        int alerts = 0;
        progress.report(run, total, 0, 0);
        for (Rule rule : rules) {
            Optional<IndicatorSource> source = sources.stream().filter(s -> s.indicators().contains(rule.indicator()))
                    .findFirst();
            if (source.isPresent()) {
                LocalDate from = today.minusMonths(rule.windowMonths()).plusDays(1);
                Map<UUID, Integer> counts = source.get().count(organisation, rule.indicator(), from, today);
                Map<UUID, Double> exposure = repository.exposure(organisation, rule.denominator(), from, today);
                var subjects = members.stream().map(m -> new PeerRanking.Subject(m.id(), m.peerGroup(),
                        counts.getOrDefault(m.id(), 0), exposure.getOrDefault(m.id(), 0.0))).toList();
                for (PeerRanking.Finding finding : PeerRanking.rank(rule.criteria(), subjects)) {
                    if (finding.fires()
                            && !repository.hasAlertInForce(organisation, finding.staffId(), rule.code(), today)) {
                        var reviewer = reviewers.choose(organisation, finding.staffId(), settings.reviewerRole());
                        UUID id = UUID.randomUUID();
                        repository.insertAlert(organisation, new EarlyWarningRepository.NewAlert(id,
                                finding.staffId(), rule.id(), run, from, today, finding.count(), finding.exposure(),
                                finding.percentile(), finding.peers(), finding.peerGroup(),
                                reviewer.map(u -> u.id()).orElse(null),
                                reviewer.map(u -> u.displayName()).orElse(null),
                                today.plusMonths(settings.expiryMonths()), now()));
                        audit.record(new AuditEvent(organisation, actor, "earlywarning.alert.created", RECORD_ALERT,
                                id.toString(), peerGroups.get(finding.staffId()).personnelNumber(),
                                rule.code() + " v" + rule.version()));
                        // The inbox carries no name: the reviewer reads who and why on the alert's page.
                        notifications.send(new Notice(organisation, reviewer.map(u -> Addressee.user(u.id()))
                                .orElse(Addressee.holdersOf(EarlyWarningPermissions.MANAGE)),
                                "earlywarning.notice.alert", List.of(), "/early-warning/alerts/" + id, null,
                                "earlywarning-alert:" + id));
                        alerts++;
                    }
                }
            }
            done += members.size();
            progress.report(run, total, done, alerts);
        }
        repository.progress(run, total, total, alerts);
        repository.finishRun(run, now(), false);
        return alerts;
    }

    void failed(UUID run) {
        repository.finishRun(run, now(), true);
    }

    // Alerts

    /** Every alert of the organisation, for the coordinator. */
    public List<AlertView> all(KompasUser user) {
        require(user, EarlyWarningPermissions.MANAGE);
        var list = views(user.organisationId(), repository.alerts(user.organisationId(), null, null, 500));
        audit.read(RECORD_ALERT, "list", null);
        return list;
    }

    /** The alerts assigned to the user as reviewer, those in force first. */
    public List<AlertView> inbox(KompasUser user) {
        require(user, EarlyWarningPermissions.REVIEW);
        var list = views(user.organisationId(), repository.alerts(user.organisationId(), user.id(), null, 500));
        audit.read(RECORD_ALERT, "inbox", null);
        return list;
    }

    /** The user's own early-warning file. */
    public List<AlertView> mine(KompasUser user) {
        require(user, EarlyWarningPermissions.OWN);
        if (user.staffMemberId() == null) {
            return List.of();
        }
        var list = views(user.organisationId(),
                repository.alerts(user.organisationId(), null, user.staffMemberId(), 500));
        audit.read(RECORD_ALERT, "own", user.username());
        return list;
    }

    /** One alert, for the coordinator, its reviewer or the staff member; anyone else gets a 404. */
    public AlertView alert(KompasUser user, UUID id) {
        var view = readable(user, id);
        audit.read(RECORD_ALERT, id, view.staffName());
        return view;
    }

    public boolean mayReview(KompasUser user, AlertView alert) {
        return user.can(EarlyWarningPermissions.REVIEW) && user.id().equals(alert.reviewerId())
                || alert.reviewerId() == null && user.can(EarlyWarningPermissions.MANAGE)
                        && !alert.staffId().equals(user.staffMemberId());
    }

    public void assess(KompasUser user, UUID id, String assessment, @Nullable Outcome outcome) {
        var alert = reviewable(user, id);
        var errors = new HashMap<String, String>();
        if (assessment.isBlank() || assessment.length() > 10_000) {
            errors.put("assessment", "required, at most 10000 characters");
        }
        if (outcome == null) {
            errors.put("outcome", "required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        repository.assess(user.organisationId(), id, assessment.strip(), outcome, user.displayName(), now());
        audit.wrote("earlywarning.alert.assessed", RECORD_ALERT, id, alert.staffName());
    }

    public void informed(KompasUser user, UUID id, @Nullable LocalDate on, @Nullable InformedHow how) {
        var alert = reviewable(user, id);
        if (on == null || on.isAfter(today()) || on.isBefore(alert.windowTo().minusYears(1))) {
            throw InvalidInputException.of("informedOn", "a date up to today");
        }
        if (how == null) {
            throw InvalidInputException.of("informedHow", "required");
        }
        repository.informed(user.organisationId(), id, on, how, user.displayName());
        audit.wrote("earlywarning.alert.informed", RECORD_ALERT, id, alert.staffName());
    }

    private AlertView reviewable(KompasUser user, UUID id) {
        var alert = readable(user, id);
        if (!mayReview(user, alert)) {
            throw new AccessDeniedException("not the reviewer of this alert");
        }
        if (alert.expired()) {
            throw InvalidInputException.of("expiresOn", "the alert has expired");
        }
        return alert;
    }

    private AlertView readable(KompasUser user, UUID id) {
        var row = repository.alert(user.organisationId(), id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_ALERT, id));
        boolean own = row.staffId().equals(user.staffMemberId()) && user.can(EarlyWarningPermissions.OWN);
        boolean reviewer = user.id().equals(row.reviewerId()) && user.can(EarlyWarningPermissions.REVIEW);
        if (!own && !reviewer && !user.can(EarlyWarningPermissions.MANAGE)) {
            throw new RecordNotFoundException(RECORD_ALERT, id);
        }
        return row.view(name(user.organisationId(), row.staffId()), today());
    }

    private List<AlertView> views(OrganisationId organisation, List<EarlyWarningRepository.AlertRow> rows) {
        var names = new HashMap<UUID, String>();
        LocalDate today = today();
        return rows.stream().map(r -> r.view(names.computeIfAbsent(r.staffId(), s -> name(organisation, s)), today))
                .sorted(java.util.Comparator.comparing(AlertView::expired)).toList();
    }

    String name(OrganisationId organisation, UUID staffId) {
        return staff.find(organisation, new StaffMemberId(staffId)).map(StaffMemberSummary::fullName).orElse("-");
    }

    private static void require(KompasUser user, String permission) {
        if (!user.can(permission)) {
            throw new AccessDeniedException(permission);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
