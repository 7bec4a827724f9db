package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;

/** The debriefing and aftercare tasks of personnel care ({@link RegisterPermissions#TASKS}). */
public interface CareTasks {

    List<CareTask> open(KompasUser viewer);

    /** @throws be.kompas.core.RecordNotFoundException for a task that is not open in the viewer's organisation */
    void done(KompasUser viewer, UUID task);
}
