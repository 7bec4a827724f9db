package be.kompas.registers.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.registers.CareTask;
import be.kompas.registers.CareTasks;
import be.kompas.registers.RegisterPermissions;

@Service
@Transactional
class TaskService implements CareTasks {

    private final TaskRepository tasks;
    private final StaffLookup staff;
    private final AuditTrail trail;
    private final Clock clock;

    TaskService(TaskRepository tasks, StaffLookup staff, AuditTrail trail, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public List<CareTask> open(KompasUser viewer) {
        allowed(viewer);
        return tasks.open(viewer.organisationId()).stream()
                .map(t -> t.named(staff.name(viewer.organisationId(), t.staff()))).toList();
    }

    @Override
    public void done(KompasUser viewer, UUID task) {
        allowed(viewer);
        if (!tasks.close(viewer.organisationId(), task, clock.instant())) {
            throw new RecordNotFoundException("care-task", task);
        }
        trail.wrote("registers.task.done", "care-task", task, null);
    }

    private static void allowed(KompasUser viewer) {
        if (!viewer.can(RegisterPermissions.TASKS)) {
            throw new AccessDeniedException("No permission for care tasks");
        }
    }
}
