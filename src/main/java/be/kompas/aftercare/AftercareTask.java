package be.kompas.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One aftercare task.
 *
 * @param staffId the staff member it is about; {@code null} for the reporter and team talks
 * @param ownerId the user who does it; {@code null} when nobody in the organisation holds the role it goes to
 * @param checkedSteps for a team talk, the {@link TeamTalkStep}s ticked off when it was done
 * @param overdue open and due before today
 */
public record AftercareTask(UUID id, UUID caseId, String caseReference, TaskKind kind, @Nullable UUID staffId,
        @Nullable String staffName, @Nullable UUID ownerId, @Nullable String ownerName, LocalDate dueOn,
        @Nullable Instant doneAt, @Nullable String doneBy, @Nullable String note, List<String> checkedSteps,
        boolean overdue) {

    public boolean done() {
        return doneAt != null;
    }

    public AftercareTask withNames(@Nullable String staff, @Nullable String owner) {
        return new AftercareTask(id, caseId, caseReference, kind, staffId, staff, ownerId, owner, dueOn, doneAt, doneBy,
                note, checkedSteps, overdue);
    }
}
