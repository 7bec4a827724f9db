package be.kompas.aftercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.kompas.identity.KompasUser;

/**
 * Aftercare of the viewer's organisation. {@link AftercarePermissions#TASKS} gives one's own tasks and the plans of
 * their cases; {@link AftercarePermissions#MANAGE} every plan. Reads and writes are audited; a task or case of another
 * organisation, or out of the viewer's reach, is not found.
 */
public interface Aftercare {

    /** The viewer's open tasks, oldest due first. */
    List<AftercareTask> myTasks(KompasUser viewer);

    /** The cases with aftercare, those with open tasks first. */
    List<PlanSummary> plans(KompasUser viewer);

    AftercarePlan plan(KompasUser viewer, UUID caseId);

    /**
     * @param steps for a team talk, the {@link TeamTalkStep} names that were covered
     * @throws be.kompas.core.InvalidInputException naming {@code note} when blank
     */
    void complete(KompasUser viewer, UUID task, String note, Set<String> steps);

    /** @throws be.kompas.core.InvalidInputException naming {@code owner} when they cannot take aftercare tasks */
    void reassign(KompasUser viewer, UUID task, UUID owner);

    /** @throws be.kompas.core.InvalidInputException naming {@code staffId}, {@code contactOn} or {@code note} */
    void logContact(KompasUser viewer, UUID caseId, UUID staffId, LocalDate contactOn, String note);

    /** Who can take aftercare tasks in the viewer's organisation. */
    List<Owner> owners(KompasUser viewer);
}
