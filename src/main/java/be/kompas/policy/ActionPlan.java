package be.kompas.policy;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/** The organisation's integrity action plan (domain.md 8): programme, objectives and their actions. */
public interface ActionPlan {

    /** Actions by domain and code, optionally of one domain and status. */
    List<PlanAction> actions(OrganisationId organisation, @Nullable ActionDomain domain,
            @Nullable ActionStatus status);

    /** @throws be.kompas.core.RecordNotFoundException for an action of another organisation too */
    PlanAction find(OrganisationId organisation, ActionId action);

    List<ActionNote> notes(OrganisationId organisation, ActionId action);

    /** @throws be.kompas.core.InvalidInputException naming {@code code} or {@code title} */
    ActionId add(OrganisationId organisation, ActionChange action);

    /** @throws be.kompas.core.InvalidInputException naming {@code code} or {@code title} */
    void change(OrganisationId organisation, ActionId action, ActionChange change);

    void addNote(OrganisationId organisation, ActionId action, String text);

    /**
     * Adds every action of the Gent plan (domain.md 8.2) whose code the plan lacks, and Gent's strategic objectives
     * (domain.md 8.1) the plan lacks; returns how many actions it added.
     */
    int importGentTemplate(OrganisationId organisation);

    /** The strategic objectives by code, each followed by the operational objectives that serve it. */
    List<Objective> objectives(OrganisationId organisation);

    /**
     * Adds the objective, or changes the one with its code.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code code}, {@code text} or {@code parent} (an operational
     *     objective must serve a strategic one of the plan)
     */
    void saveObjective(OrganisationId organisation, Objective objective);

    /** Marks planned and running actions due before {@code today} overdue, in every organisation; returns how many. */
    int markOverdue(LocalDate today);
}
