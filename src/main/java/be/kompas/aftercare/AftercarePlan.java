package be.kompas.aftercare;

import java.util.List;
import java.util.UUID;

/** Everything aftercare holds for one case: its tasks, oldest due first, and the contacts log, newest first. */
public record AftercarePlan(UUID caseId, String caseReference, List<AftercareTask> tasks,
        List<AftercareContact> contacts) {
}
