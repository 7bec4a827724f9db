package be.kompas.lookups.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.lookups.LookupAlertConfirmed;
import be.kompas.lookups.LookupPermissions;
import be.kompas.lookups.internal.ReviewRepository.AlertRow;
import be.kompas.people.StaffDirectory;

/**
 * The review of imported alerts: the queue in pseudonyms, decisions, explanation rules and the four-eyes reveal of
 * identities. Every method takes the signed-in reviewer, works in their organisation only and is audited.
 */
@Service
public class ReviewService {

    /** What a justified alert's explanation becomes: nothing more, or a rule for later imports. */
    public enum RuleChoice {
        NONE, OFFICER_SUBJECT, TEAM_SOURCE
    }

    /** The DPO's view of the whole process: volumes, reasons, decisions and reveals, without identities. */
    public record Oversight(List<ImportView> imports, Map<String, Long> alertsPerReason,
            Map<String, Long> decisions, List<RevealRow> reveals, int rules) {
    }

    private final ReviewRepository repository;
    private final AuditTrail trail;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StaffDirectory staff;
    private final UserManagement users;

    ReviewService(ReviewRepository repository, AuditTrail trail, Clock clock, ApplicationEventPublisher events,
            StaffDirectory staff, UserManagement users) {
        this.users = users;
        this.repository = repository;
        this.trail = trail;
        this.clock = clock;
        this.events = events;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public List<ImportView> imports(KompasUser user) {
        return repository.imports(user.organisationId(), 50);
    }

    @Transactional(readOnly = true)
    public ImportView importOf(KompasUser user, UUID id) {
        return repository.findImport(user.organisationId(), id)
                .orElseThrow(() -> new RecordNotFoundException("lookup-import", id));
    }

    @Transactional(readOnly = true)
    public Page<AlertSummary> queue(KompasUser user, AlertQuery query, PageRequest page) {
        return repository.alerts(user.organisationId(), query, page);
    }

    @Transactional
    public AlertView view(KompasUser user, UUID id) {
        AlertRow row = row(user, id);
        trail.read("lookup-alert", id, row.summary().officerPseudonym());
        var reveal = repository.revealOf(user.organisationId(), id, user.username());
        String state = reveal.map(r -> r.approvedBy() == null ? "REQUESTED" : "APPROVED").orElse("NONE");
        AlertView.Identity identity = null;
        if ("APPROVED".equals(state)) {
            var member = staff.findByPersonnelNumber(user.organisationId(), row.officerId());
            identity = new AlertView.Identity(row.officerId(), row.subjectId(),
                    member.map(m -> m.fullName()).orElse(null), member.map(m -> m.unitName()).orElse(null));
            trail.read("lookup-alert-identity", id, row.officerId());
        }
        List<AlertView.TeamCase> teamCases = row.teamCases().isEmpty() ? List.of()
                : Arrays.stream(row.teamCases().split(";")).map(c -> c.split(":", 2))
                        .map(p -> new AlertView.TeamCase(p[0], p.length > 1 ? p[1] : "OPEN")).toList();
        return new AlertView(row.summary(), row.caseRef(), teamCases, row.typedCase(), row.onDuty(), row.relation(),
                row.explanation(), row.decidedBy(), row.decidedAt(), state, identity);
    }

    /**
     * Marks an alert justified; the explanation may become a rule, which later imports apply.
     *
     * @param until last day a rule "officer may look up subject" holds; {@code null}: without end
     */
    @Transactional
    public void justify(KompasUser user, UUID id, String explanation, RuleChoice rule, @Nullable LocalDate until) {
        AlertRow row = open(user, id, explanation);
        repository.decide(user.organisationId(), id, "JUSTIFIED", explanation.strip(), user.username(),
                clock.instant());
        trail.wrote("lookups.alert.justified", "lookup-alert", id, row.summary().officerPseudonym());
        if (rule == RuleChoice.NONE) {
            return;
        }
        var summary = row.summary();
        ExplanationRule created = rule == RuleChoice.OFFICER_SUBJECT
                ? new ExplanationRule(ExplanationRule.OFFICER_SUBJECT, row.officerId(), row.subjectId(), null, null,
                        null, until)
                : new ExplanationRule(ExplanationRule.TEAM_SOURCE, null, null, summary.teamId(), summary.source(),
                        summary.action(), until);
        if (rule == RuleChoice.TEAM_SOURCE && (summary.teamId() == null || summary.source() == null)) {
            throw InvalidInputException.of("rule", "lookups.rule.invalid");
        }
        repository.insertRule(user.organisationId(), created, explanation.strip(), id, user.username(),
                clock.instant());
        trail.wrote("lookups.rule.created", "lookup-alert", id, summary.officerPseudonym());
    }

    /** Marks an alert unjustified and hands it to internal oversight as {@link LookupAlertConfirmed}. */
    @Transactional
    public void confirm(KompasUser user, UUID id, String note) {
        AlertRow row = open(user, id, note);
        repository.decide(user.organisationId(), id, "UNJUSTIFIED", note.strip(), user.username(), clock.instant());
        boolean revealed = repository.revealOf(user.organisationId(), id, user.username())
                .filter(r -> r.approvedBy() != null).isPresent();
        events.publishEvent(new LookupAlertConfirmed(user.organisationId(), id, row.summary().officerPseudonym(),
                revealed ? row.officerId() : null, row.summary().reasonCodes(), user.username(), clock.instant()));
        trail.wrote("lookups.alert.confirmed", "lookup-alert", id, row.summary().officerPseudonym());
    }

    @Transactional
    public void requestReveal(KompasUser user, UUID id, String motivation) {
        AlertRow row = row(user, id);
        if (motivation.isBlank()) {
            throw InvalidInputException.of("motivation", "lookups.reveal.motivation.required");
        }
        if (repository.revealOf(user.organisationId(), id, user.username()).isEmpty()) {
            repository.insertReveal(user.organisationId(), id, motivation.strip(), user.username(), clock.instant());
            trail.wrote("lookups.reveal.requested", "lookup-alert", id, row.summary().officerPseudonym());
        }
    }

    /** Another reviewer's requests that wait for a second person. */
    @Transactional(readOnly = true)
    public List<RevealRow> pendingReveals(KompasUser user) {
        return repository.reveals(user.organisationId(), true).stream()
                .filter(r -> !r.requestedBy().equals(user.username())).toList();
    }

    /** @throws AccessDeniedException when the approver asked for the reveal themselves */
    @Transactional
    public void approveReveal(KompasUser user, UUID revealId) {
        RevealRow reveal = repository.reveal(user.organisationId(), revealId)
                .orElseThrow(() -> new RecordNotFoundException("lookup-reveal", revealId));
        if (reveal.requestedBy().equals(user.username())) {
            throw new AccessDeniedException("A reveal needs a second person");
        }
        if (reveal.approvedBy() == null) {
            repository.approve(revealId, user.username(), clock.instant());
            trail.wrote("lookups.reveal.approved", "lookup-alert", reveal.alertId(), reveal.requestedBy());
        }
    }

    /** Each team's sample of explained look-ups in an import, and whom it went to. */
    @Transactional(readOnly = true)
    public List<SampleTeam> samples(KompasUser user, UUID importId) {
        return repository.sampleTeams(user.organisationId(), importOf(user, importId).id());
    }

    /** Who may receive a team's sample: the organisation's line managers. */
    @Transactional(readOnly = true)
    public List<UserSummary> lineManagers(KompasUser user) {
        return users.withRole(user.organisationId(), Roles.LINE_MANAGER);
    }

    /**
     * Sends a team's sample of one month: each look-up to the line manager that the line-manager rule
     * ({@link StaffDirectory#responsibleManager}) gives for its officer, the officer being uninvolved in nothing but
     * their own look-up; an officer whose identifier is no personnel number of the organisation, or without a
     * manager who has an account, leaves that look-up unsent. Returns how many were sent.
     */
    @Transactional
    public int sendSample(KompasUser user, UUID importId, String team, String month) {
        importOf(user, importId);
        var organisation = user.organisationId();
        var samples = repository.unanswered(organisation, importId, team, month);
        if (samples.isEmpty()) {
            throw new RecordNotFoundException("lookup-sample", team + " " + month);
        }
        var accounts = new HashMap<UUID, String>();
        lineManagers(user).forEach(m -> {
            if (m.staffMemberId() != null) {
                accounts.put(m.staffMemberId(), m.username());
            }
        });
        int sent = 0;
        for (var sample : samples) {
            var recipient = staff.findByPersonnelNumber(organisation, sample.getValue())
                    .flatMap(officer -> staff.responsibleManager(organisation, officer.id(),
                            Set.of(officer.id())))
                    .map(manager -> accounts.get(manager.value()));
            if (recipient.isPresent()) {
                repository.send(organisation, sample.getKey(), recipient.get(), clock.instant());
                trail.wrote("lookups.sample.sent", "lookup-sample", sample.getKey(), recipient.get());
                sent++;
            }
        }
        if (sent == 0) {
            throw InvalidInputException.of("team", "lookups.samples.noManager");
        }
        return sent;
    }

    /** The samples sent to the signed-in line manager. */
    @Transactional
    public List<SampleView> samplesSentTo(KompasUser user) {
        var samples = repository.samplesSentTo(user.organisationId(), user.username());
        samples.forEach(s -> trail.read("lookup-sample", s.id(), s.officerId()));
        return samples;
    }

    /** @param confirmed whether the manager confirms the purpose, or questions it */
    @Transactional
    public void answerSample(KompasUser user, UUID sampleId, boolean confirmed) {
        String status = confirmed ? "CONFIRMED" : "QUESTIONED";
        if (repository.answer(user.organisationId(), sampleId, user.username(), status, clock.instant()) == 0) {
            throw new RecordNotFoundException("lookup-sample", sampleId);
        }
        trail.wrote("lookups.sample." + status.toLowerCase(java.util.Locale.ROOT), "lookup-sample", sampleId, null);
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> rules(KompasUser user) {
        return repository.ruleList(user.organisationId());
    }

    @Transactional
    public Oversight oversight(KompasUser user) {
        if (!user.can(LookupPermissions.OVERSEE)) {
            throw new AccessDeniedException("DPO only");
        }
        var organisation = user.organisationId();
        trail.read("lookup-oversight", organisation.value(), null);
        return new Oversight(repository.imports(organisation, 100), repository.alertsPerReason(organisation),
                repository.decisions(organisation), repository.reveals(organisation, false),
                repository.rules(organisation).size());
    }

    /** Alerts per month and per series: reason codes, or the teams of the data sets. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> trends(KompasUser user, boolean byTeam) {
        return repository.monthlyCounts(user.organisationId(), byTeam);
    }

    private AlertRow row(KompasUser user, UUID id) {
        return repository.alert(user.organisationId(), id)
                .orElseThrow(() -> new RecordNotFoundException("lookup-alert", id));
    }

    private AlertRow open(KompasUser user, UUID id, String text) {
        AlertRow row = row(user, id);
        if (text.isBlank()) {
            throw InvalidInputException.of("explanation", "lookups.decision.explanation.required");
        }
        if (!"OPEN".equals(row.summary().status())) {
            throw InvalidInputException.of("explanation", "lookups.decision.already");
        }
        return row;
    }
}
