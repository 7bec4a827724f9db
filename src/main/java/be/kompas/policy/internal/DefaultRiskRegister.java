package be.kompas.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.NewRisk;
import be.kompas.policy.RiskDetails;
import be.kompas.policy.RiskId;
import be.kompas.policy.RiskQuery;
import be.kompas.policy.RiskRegister;
import be.kompas.policy.RiskSession;
import be.kompas.policy.RiskSource;
import be.kompas.policy.RiskSummary;
import be.kompas.policy.Scores;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class DefaultRiskRegister implements RiskRegister {

    static final String RECORD_TYPE = "policy.risk";

    /** Highest net score first, then by title, so the register reads from the worst risk down. */
    private static final Comparator<RiskSummary> BY_NET_SCORE = Comparator
            .comparing((RiskSummary risk) -> risk.net().score()).reversed().thenComparing(RiskSummary::title);

    private final RiskRepository risks;
    private final ActionPlan plan;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultRiskRegister(RiskRepository risks, ActionPlan plan, AuditTrail trail, Clock clock) {
        this.risks = risks;
        this.plan = plan;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RiskSummary> search(OrganisationId organisation, RiskQuery query, PageRequest page) {
        var text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        var matching = all(organisation).stream()
                .filter(risk -> query.riskClass() == null || risk.net().riskClass() == query.riskClass())
                .filter(risk -> risk.title().toLowerCase(Locale.ROOT).contains(text)).toList();
        var from = (int) Math.min(page.offset(), matching.size());
        var to = Math.min(from + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), page, matching.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskSummary> all(OrganisationId organisation) {
        return risks.all(organisation).stream().sorted(BY_NET_SCORE).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RiskDetails find(OrganisationId organisation, RiskId risk) {
        var summary = summary(organisation, risk);
        var actions = risks.linkedActions(organisation, risk).stream().map(action -> plan.find(organisation, action))
                .toList();
        return new RiskDetails(summary, risks.description(organisation, risk), risks.history(organisation, risk),
                risks.measures(organisation, risk), actions);
    }

    @Override
    public RiskId add(OrganisationId organisation, NewRisk risk) {
        if (risk.title().isBlank()) {
            throw InvalidInputException.of("title", "must not be blank");
        }
        return insert(organisation, risk, null);
    }

    @Override
    public void reassess(OrganisationId organisation, RiskId risk, Scores gross, Scores net, String note) {
        var summary = summary(organisation, risk);
        risks.insertAssessment(organisation, risk, gross, net, note.strip(), actor(), clock.instant());
        trail.wrote("policy.risk.reassessed", RECORD_TYPE, risk, summary.title());
    }

    @Override
    public void addMeasure(OrganisationId organisation, RiskId risk, String description, String owner) {
        if (description.isBlank()) {
            throw InvalidInputException.of("description", "must not be blank");
        }
        var summary = summary(organisation, risk);
        risks.insertMeasure(organisation, risk, description.strip(), owner.strip(), clock.instant());
        trail.wrote("policy.risk.measure.added", RECORD_TYPE, risk, summary.title());
    }

    @Override
    public void linkAction(OrganisationId organisation, RiskId risk, ActionId action) {
        var summary = summary(organisation, risk);
        plan.find(organisation, action);
        risks.link(organisation, risk, action);
        trail.wrote("policy.risk.action.linked", RECORD_TYPE, risk, summary.title());
    }

    @Override
    public int importGentTemplate(OrganisationId organisation) {
        var added = 0;
        for (var row : GentRiskTemplate.ROWS) {
            if (!risks.hasTemplateRow(organisation, row.number())) {
                insert(organisation, new NewRisk(row.title(), row.english(), row.family(), row.functions(), List.of(),
                        row.scores(), row.scores()), row.number());
                added++;
            }
        }
        return added;
    }

    @Override
    public void recordSession(OrganisationId organisation, LocalDate heldOn, String participants,
            Set<RiskSource> sources, String notes) {
        if (participants.isBlank()) {
            throw InvalidInputException.of("participants", "must not be blank");
        }
        risks.insertSession(organisation, heldOn, participants.strip(), sources, notes.strip(), actor(),
                clock.instant());
        trail.wrote("policy.risk.session.recorded", "policy.riskSession", heldOn, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RiskSession> sessions(OrganisationId organisation) {
        return risks.sessions(organisation);
    }

    private RiskId insert(OrganisationId organisation, NewRisk risk, @org.jspecify.annotations.Nullable Integer row) {
        var id = new RiskId(UUID.randomUUID());
        var now = clock.instant();
        risks.insert(organisation, id, risk.title().strip(), risk.description().strip(), risk.family(),
                risk.functions(), risk.units(), row, now);
        risks.insertAssessment(organisation, id, risk.gross(), risk.net(), "", actor(), now);
        trail.wrote("policy.risk.created", RECORD_TYPE, id, risk.title());
        return id;
    }

    private RiskSummary summary(OrganisationId organisation, RiskId risk) {
        return risks.find(organisation, risk).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, risk));
    }

    private static String actor() {
        return CurrentUser.find().map(KompasUser::username).orElse("system");
    }
}
