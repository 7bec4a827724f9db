package be.kompas.aftercare.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.aftercare.Aftercare;
import be.kompas.aftercare.AftercareContact;
import be.kompas.aftercare.AftercarePermissions;
import be.kompas.aftercare.AftercarePlan;
import be.kompas.aftercare.AftercareTask;
import be.kompas.aftercare.Owner;
import be.kompas.aftercare.PlanSummary;
import be.kompas.aftercare.TaskKind;
import be.kompas.aftercare.TeamTalkStep;
import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.investigations.CaseClosed;
import be.kompas.investigations.CaseOpened;
import be.kompas.notifications.Addressee;
import be.kompas.notifications.Notice;
import be.kompas.notifications.Notifications;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class AftercareService implements Aftercare {

    static final String TASK = "aftercare-task";
    static final String PLAN = "aftercare-plan";
    /** Who takes which kind of task: integrity coaches hold team talks and debriefings (domain.md 1.2). */
    private static final Map<TaskKind, String> OWNER_ROLE = Map.of(TaskKind.TEAM_TALK, Roles.INTEGRITY_COACH,
            TaskKind.DEBRIEFING, Roles.INTEGRITY_COACH);
    private static final List<String> OWNER_ROLES = List.of(Roles.PERSONNEL_CARE, Roles.INTEGRITY_COACH);

    private final AftercareRepository tasks;
    private final WorkingDays workingDays;
    private final UserManagement users;
    private final StaffDirectory staff;
    private final AuditTrail trail;
    private final Notifications notifications;
    private final Clock clock;

    AftercareService(AftercareRepository tasks, WorkingDays workingDays, UserManagement users, StaffDirectory staff,
            AuditTrail trail, Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.tasks = tasks;
        this.workingDays = workingDays;
        this.users = users;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
    }

    /** Wellbeing follow-up of each staff member concerned, from the day the case opens. */
    void opened(CaseOpened opened) {
        var organisation = opened.organisation();
        int planned = 0;
        for (UUID member : opened.staffConcerned()) {
            planned += plan(organisation, opened.caseId(), opened.reference(), TaskKind.WELLBEING_FOLLOW_UP, member,
                    opened.openedOn());
        }
        audit(organisation, "aftercare.follow-up.started", opened.caseId(), opened.reference(), planned);
    }

    /** The aftercare of a closed case: talks, recovery path or restored standing, and debriefing. */
    void closed(CaseClosed closed) {
        var organisation = closed.organisation();
        UUID caseId = closed.caseId();
        String reference = closed.reference();
        LocalDate on = closed.closedOn();
        int planned = 0;
        for (UUID member : closed.staffConcerned()) {
            planned += plan(organisation, caseId, reference, TaskKind.STAFF_TALK, member, on);
            if (closed.sanction() != null) {
                planned += plan(organisation, caseId, reference, TaskKind.RECOVERY_PATH, member, on);
            }
            if (!closed.breachFound()) {
                planned += plan(organisation, caseId, reference, TaskKind.REHABILITATION, member, on);
            }
            planned += plan(organisation, caseId, reference, TaskKind.DEBRIEFING, member, on);
        }
        if (closed.reporterKnown()) {
            planned += plan(organisation, caseId, reference, TaskKind.REPORTER_TALK, null, on);
        }
        planned += plan(organisation, caseId, reference, TaskKind.TEAM_TALK, null, on);
        audit(organisation, "aftercare.planned", caseId, reference, planned);
    }

    private int plan(OrganisationId organisation, UUID caseId, String reference, TaskKind kind,
            @Nullable UUID member, LocalDate from) {
        LocalDate due = workingDays.addWorkingDays(organisation, from, kind.workingDays());
        UUID owner = defaultOwner(organisation, kind);
        UUID id = tasks.plan(organisation, caseId, reference, kind, member, owner, due, clock.instant());
        if (id == null) {
            return 0;
        }
        if (owner != null) {
            tell(organisation, owner, id, caseId, reference, due);
        }
        return 1;
    }

    /** The owner's inbox gets the case reference and the due date only, nothing of the case or the person. */
    private void tell(OrganisationId organisation, UUID owner, UUID task, UUID caseId, String reference,
            LocalDate due) {
        notifications.send(new Notice(organisation, Addressee.user(owner), "aftercare.notice.task",
                List.of(reference, due.toString()), "/aftercare/cases/" + caseId, due,
                "aftercare-task:" + task + ":" + owner));
    }

    private @Nullable UUID defaultOwner(OrganisationId organisation, TaskKind kind) {
        String role = OWNER_ROLE.getOrDefault(kind, Roles.PERSONNEL_CARE);
        return firstWithRole(organisation, role).or(() -> firstWithRole(organisation, Roles.PERSONNEL_CARE))
                .orElse(null);
    }

    private Optional<UUID> firstWithRole(OrganisationId organisation, String role) {
        return users.withRole(organisation, role).stream().filter(UserSummary::enabled)
                .min(Comparator.comparing(UserSummary::username)).map(UserSummary::id);
    }

    private void audit(OrganisationId organisation, String action, UUID caseId, String reference, int planned) {
        if (planned > 0) {
            trail.record(new AuditEvent(organisation, "system", action, PLAN, caseId.toString(), null,
                    reference + ": " + planned));
        }
    }

    @Override
    public List<AftercareTask> myTasks(KompasUser viewer) {
        require(viewer, AftercarePermissions.TASKS);
        var mine = named(viewer.organisationId(), tasks.openOf(viewer.organisationId(), viewer.id(), today()));
        trail.read(TASK, "mine", subjects(mine));
        return mine;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> plans(KompasUser viewer) {
        require(viewer, AftercarePermissions.MANAGE);
        return tasks.plans(viewer.organisationId(), today());
    }

    @Override
    public AftercarePlan plan(KompasUser viewer, UUID caseId) {
        checkPlanAccess(viewer, caseId);
        var organisation = viewer.organisationId();
        var caseTasks = named(organisation, tasks.ofCase(organisation, caseId, today()));
        if (caseTasks.isEmpty()) {
            throw new RecordNotFoundException(PLAN, caseId);
        }
        var names = new LinkedHashMap<UUID, String>();
        var contacts = tasks.contactsOf(organisation, caseId).stream()
                .map(c -> c.withStaffName(names.computeIfAbsent(c.staffId(), id -> staffName(organisation, id))))
                .toList();
        trail.read(PLAN, caseId, subjects(caseTasks));
        return new AftercarePlan(caseId, caseTasks.get(0).caseReference(), caseTasks, contacts);
    }

    @Override
    public void complete(KompasUser viewer, UUID id, String note, Set<String> steps) {
        var task = reachableTask(viewer, id);
        if (note.isBlank()) {
            throw InvalidInputException.of("note", "required");
        }
        var known = Set.of(TeamTalkStep.values()).stream().map(Enum::name).collect(Collectors.toSet());
        var checked = task.kind() == TaskKind.TEAM_TALK
                ? List.of(TeamTalkStep.values()).stream().map(Enum::name).filter(steps::contains).toList()
                : List.<String>of();
        if (!known.containsAll(steps)) {
            throw InvalidInputException.of("steps", "unknown step");
        }
        if (!tasks.complete(viewer.organisationId(), id, note.strip(), checked, viewer.displayName(),
                clock.instant())) {
            throw new RecordNotFoundException(TASK, id);
        }
        trail.wrote("aftercare.task.done", TASK, id, subject(viewer.organisationId(), task));
    }

    @Override
    public void reassign(KompasUser viewer, UUID id, UUID owner) {
        require(viewer, AftercarePermissions.MANAGE);
        var task = tasks.find(viewer.organisationId(), id, today())
                .orElseThrow(() -> new RecordNotFoundException(TASK, id));
        if (owners(viewer).stream().noneMatch(o -> o.id().equals(owner))) {
            throw InvalidInputException.of("owner", "cannot take aftercare tasks");
        }
        if (!tasks.reassign(viewer.organisationId(), id, owner)) {
            throw new RecordNotFoundException(TASK, id);
        }
        tell(viewer.organisationId(), owner, id, task.caseId(), task.caseReference(), task.dueOn());
        trail.wrote("aftercare.task.reassigned", TASK, id, subject(viewer.organisationId(), task));
    }

    @Override
    public void logContact(KompasUser viewer, UUID caseId, UUID staffId, LocalDate contactOn, String note) {
        checkPlanAccess(viewer, caseId);
        var organisation = viewer.organisationId();
        var errors = new LinkedHashMap<String, String>();
        if (!tasks.concerns(organisation, caseId, staffId)) {
            errors.put("staffId", "not concerned by this case");
        }
        if (contactOn.isAfter(today())) {
            errors.put("contactOn", "in the future");
        }
        if (note.isBlank()) {
            errors.put("note", "required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tasks.addContact(organisation, caseId, staffId, contactOn, note.strip(), viewer.displayName(),
                clock.instant());
        trail.wrote("aftercare.contact.logged", PLAN, caseId, staffName(organisation, staffId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Owner> owners(KompasUser viewer) {
        require(viewer, AftercarePermissions.MANAGE);
        var owners = new LinkedHashMap<UUID, Owner>();
        for (String role : OWNER_ROLES) {
            users.withRole(viewer.organisationId(), role).stream().filter(UserSummary::enabled)
                    .forEach(u -> owners.putIfAbsent(u.id(), new Owner(u.id(), u.displayName())));
        }
        return owners.values().stream().sorted(Comparator.comparing(Owner::displayName)).toList();
    }

    /** A task the viewer may act on: any of the organisation's for a manager, otherwise only their own. */
    private AftercareTask reachableTask(KompasUser viewer, UUID id) {
        require(viewer, AftercarePermissions.TASKS, AftercarePermissions.MANAGE);
        return tasks.find(viewer.organisationId(), id, today())
                .filter(t -> viewer.can(AftercarePermissions.MANAGE) || viewer.id().equals(t.ownerId()))
                .orElseThrow(() -> new RecordNotFoundException(TASK, id));
    }

    private void checkPlanAccess(KompasUser viewer, UUID caseId) {
        require(viewer, AftercarePermissions.TASKS, AftercarePermissions.MANAGE);
        if (!viewer.can(AftercarePermissions.MANAGE)
                && !tasks.ownsTaskIn(viewer.organisationId(), caseId, viewer.id())) {
            throw new RecordNotFoundException(PLAN, caseId);
        }
    }

    private List<AftercareTask> named(OrganisationId organisation, List<AftercareTask> list) {
        var staffNames = new LinkedHashMap<UUID, String>();
        var ownerNames = new LinkedHashMap<UUID, String>();
        var named = new ArrayList<AftercareTask>();
        for (var task : list) {
            String staffName = task.staffId() == null ? null
                    : staffNames.computeIfAbsent(task.staffId(), id -> staffName(organisation, id));
            String ownerName = task.ownerId() == null ? null
                    : ownerNames.computeIfAbsent(task.ownerId(), id -> users.find(organisation, id)
                            .map(UserSummary::displayName).orElse(""));
            named.add(task.withNames(staffName, ownerName));
        }
        return named;
    }

    private String staffName(OrganisationId organisation, UUID id) {
        return staff.find(organisation, new StaffMemberId(id)).map(s -> s.fullName()).orElse("");
    }

    private @Nullable String subject(OrganisationId organisation, AftercareTask task) {
        return task.staffId() == null ? null : staffName(organisation, task.staffId());
    }

    private static @Nullable String subjects(List<AftercareTask> list) {
        var names = list.stream().map(AftercareTask::staffName).filter(n -> n != null && !n.isEmpty()).distinct()
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void require(KompasUser viewer, String... anyOf) {
        for (String permission : anyOf) {
            if (viewer.can(permission)) {
                return;
            }
        }
        throw new AccessDeniedException("No aftercare permission");
    }
}
