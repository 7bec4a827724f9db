package be.kompas.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.policy.ActionChange;
import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionNote;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Objective;
import be.kompas.policy.PlanAction;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class DefaultActionPlan implements ActionPlan {

    static final String RECORD_TYPE = "policy.action";

    private final ActionRepository actions;
    private final AuditTrail trail;
    private final Clock clock;

    DefaultActionPlan(ActionRepository actions, AuditTrail trail, Clock clock) {
        this.actions = actions;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanAction> actions(OrganisationId organisation, @Nullable ActionDomain domain,
            @Nullable ActionStatus status) {
        return actions.list(organisation, domain, status);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanAction find(OrganisationId organisation, ActionId action) {
        return actions.find(organisation, action).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, action));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionNote> notes(OrganisationId organisation, ActionId action) {
        find(organisation, action);
        return actions.notes(organisation, action);
    }

    @Override
    public ActionId add(OrganisationId organisation, ActionChange action) {
        var change = checked(organisation, action, null);
        var id = new ActionId(UUID.randomUUID());
        actions.insert(organisation, id, change, clock.instant());
        trail.wrote("policy.action.created", RECORD_TYPE, id, change.code());
        return id;
    }

    @Override
    public void change(OrganisationId organisation, ActionId action, ActionChange change) {
        find(organisation, action);
        var checked = checked(organisation, change, action);
        actions.update(organisation, action, checked);
        trail.wrote("policy.action.changed", RECORD_TYPE, action, checked.code());
    }

    @Override
    public void addNote(OrganisationId organisation, ActionId action, String text) {
        if (text.isBlank()) {
            throw InvalidInputException.of("text", "must not be blank");
        }
        var found = find(organisation, action);
        actions.insertNote(organisation, action, text.strip(),
                CurrentUser.find().map(KompasUser::username).orElse("system"), clock.instant());
        trail.wrote("policy.action.noted", RECORD_TYPE, action, found.code());
    }

    @Override
    public int importGentTemplate(OrganisationId organisation) {
        for (var objective : GentActionTemplate.OBJECTIVES) {
            if (actions.objectives(organisation).stream().noneMatch(o -> o.code().equals(objective.code()))) {
                actions.saveObjective(organisation, objective);
            }
        }
        var added = 0;
        for (var row : GentActionTemplate.ROWS) {
            if (!actions.codeTaken(organisation, row.code(), null)) {
                add(organisation, new ActionChange(row.domain(), row.code(), row.title(), "", row.owner(), "", "", null,
                        row.status(), "", ""));
                added++;
            }
        }
        return added;
    }

    @Override
    public int markOverdue(LocalDate today) {
        var due = actions.dueBefore(today);
        for (var action : due) {
            actions.markOverdue(action);
            trail.record(new AuditEvent(action.organisation(), "system", "policy.action.overdue", RECORD_TYPE,
                    action.id().toString(), action.code(), null));
        }
        return due.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objective> objectives(OrganisationId organisation) {
        return actions.objectives(organisation);
    }

    @Override
    public void saveObjective(OrganisationId organisation, Objective objective) {
        var code = objective.code().strip().toUpperCase(java.util.Locale.ROOT);
        var parent = objective.parent().strip().toUpperCase(java.util.Locale.ROOT);
        var errors = new LinkedHashMap<String, String>();
        if (!code.matches("[A-Z]{1,4}[0-9]{1,3}")) {
            errors.put("code", "must be letters and a number, like SO1 or OO3");
        }
        if (objective.text().isBlank()) {
            errors.put("text", "must not be blank");
        }
        var strategic = actions.objectives(organisation).stream()
                .filter(o -> o.kind() == Objective.Kind.STRATEGIC).map(Objective::code).toList();
        if (objective.kind() == Objective.Kind.OPERATIONAL && !strategic.contains(parent)) {
            errors.put("parent", "must be a strategic objective of the plan");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        actions.saveObjective(organisation, new Objective(code, objective.kind(),
                objective.kind() == Objective.Kind.STRATEGIC ? "" : parent, objective.text().strip()));
        trail.wrote("policy.objective.saved", "policy.objective", code, null);
    }

    /** Trimmed, with a code of the domain's letter and unique in the plan. */
    private ActionChange checked(OrganisationId organisation, ActionChange action, @Nullable ActionId self) {
        var code = action.code().strip().toUpperCase(java.util.Locale.ROOT);
        var errors = new LinkedHashMap<String, String>();
        if (!code.matches(action.domain().codePrefix() + "[0-9]{1,3}")) {
            errors.put("code", "must be " + action.domain().codePrefix() + " followed by a number");
        }
        else if (actions.codeTaken(organisation, code, self)) {
            errors.put("code", "is used already");
        }
        if (action.title().isBlank()) {
            errors.put("title", "must not be blank");
        }
        if (!action.plannedQuarter().isBlank() && !action.plannedQuarter().strip().matches("20[0-9]{2}(-Q[1-4])?")) {
            errors.put("plannedQuarter", "must be a year or a quarter like 2026-Q3");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ActionChange(action.domain(), code, action.title().strip(), action.objective().strip(),
                action.owner().strip(),
                action.partners().strip(), action.plannedQuarter().strip(), action.dueDate(), action.status(),
                action.indicator().strip(), action.evaluation().strip());
    }
}
