package be.kompas.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import be.kompas.people.JobFunctionId;
import be.kompas.people.NewStaffMember;
import be.kompas.people.PeoplePermissions;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberChange;
import be.kompas.people.StaffMemberCreated;
import be.kompas.people.StaffMemberDetails;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberRef;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffMemberTransferred;
import be.kompas.people.StaffQuery;
import be.kompas.people.Transfer;
import be.kompas.people.UnitId;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class StaffService implements StaffDirectory {

    static final String STAFF_MEMBER = "staff-member";

    private final StaffRepository staff;
    private final StructureRepository structure;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(StaffRepository staff, StructureRepository structure, AuditTrail trail,
            ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.structure = structure;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMemberSummary> find(OrganisationId organisation, StaffMemberId id) {
        return staff.find(organisation, id).map(StaffRepository.Row::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMemberSummary> findByPersonnelNumber(OrganisationId organisation, String personnelNumber) {
        return staff.findByPersonnelNumber(organisation, personnelNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<StaffMemberSummary> search(OrganisationId organisation, StaffQuery query, PageRequest page) {
        return staff.search(organisation, query, null, page);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMemberSummary> membersOf(OrganisationId organisation, UnitId unit, boolean includeSubunits) {
        return staff.inUnits(organisation, unit, includeSubunits);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<StaffMemberId> staffInUnitTree(OrganisationId organisation, UnitId unit) {
        return membersOf(organisation, unit, true).stream().map(StaffMemberSummary::id).collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMemberId> responsibleManager(OrganisationId organisation, StaffMemberId id,
            Set<StaffMemberId> involved) {
        var row = staff.find(organisation, id).orElseThrow(() -> new RecordNotFoundException(STAFF_MEMBER, id));
        var candidates = new ArrayList<@Nullable StaffMemberId>();
        candidates.add(row.firstLineManager());
        candidates.add(row.secondLineManager());
        candidates.addAll(staff.unitHeadsAbove(organisation, id));
        var available = staff.inService(organisation,
                candidates.stream().filter(c -> c != null).map(c -> (StaffMemberId) c).collect(Collectors.toSet()),
                LocalDate.now(clock));
        return ResponsibleManagerRule.pick(id, candidates, involved, available::contains);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<StaffMemberSummary> browse(KompasUser viewer, StaffQuery query, PageRequest page) {
        if (viewer.can(PeoplePermissions.STAFF_READ)) {
            return staff.search(viewer.organisationId(), query, null, page);
        }
        if (viewer.can(PeoplePermissions.STAFF_READ_UNIT) && viewer.staffMemberId() != null) {
            return staff.search(viewer.organisationId(), query, new StaffMemberId(viewer.staffMemberId()), page);
        }
        if (viewer.can(PeoplePermissions.STAFF_READ_UNIT)) {
            return new Page<>(List.of(), page, 0);
        }
        throw new AccessDeniedException("No permission to list staff");
    }

    @Override
    public StaffMemberDetails view(KompasUser viewer, StaffMemberId id) {
        var organisation = viewer.organisationId();
        boolean own = viewer.staffMemberId() != null && viewer.staffMemberId().equals(id.value())
                && viewer.can(PeoplePermissions.OWN_RECORD_READ);
        boolean inReach = own || viewer.can(PeoplePermissions.STAFF_READ)
                || viewer.can(PeoplePermissions.STAFF_READ_UNIT) && viewer.staffMemberId() != null
                        && staff.manages(organisation, new StaffMemberId(viewer.staffMemberId()), id);
        if (!inReach && !viewer.can(PeoplePermissions.STAFF_READ_UNIT)) {
            throw new AccessDeniedException("No permission to read this staff record");
        }
        var row = staff.find(organisation, id).filter(found -> inReach)
                .orElseThrow(() -> new RecordNotFoundException(STAFF_MEMBER, id));
        var managers = staff.refs(organisation, managerIds(row));
        var details = new StaffMemberDetails(row.summary(), row.functionId(), row.email(), row.entryDate(),
                row.exitDate(), ref(row.firstLineManager(), managers), ref(row.secondLineManager(), managers),
                staff.history(organisation, id));
        trail.read(STAFF_MEMBER, id, details.fullName());
        return details;
    }

    private static Set<StaffMemberId> managerIds(StaffRepository.Row row) {
        var ids = new HashSet<StaffMemberId>();
        if (row.firstLineManager() != null) {
            ids.add(row.firstLineManager());
        }
        if (row.secondLineManager() != null) {
            ids.add(row.secondLineManager());
        }
        return ids;
    }

    private static @Nullable StaffMemberRef ref(@Nullable StaffMemberId id, Map<StaffMemberId, StaffMemberRef> refs) {
        return id == null ? null : refs.get(id);
    }

    @Override
    public StaffMemberId create(OrganisationId organisation, NewStaffMember member) {
        var problems = new HashMap<String, String>();
        required(problems, "personnelNumber", member.personnelNumber());
        required(problems, "surname", member.surname());
        required(problems, "givenName", member.givenName());
        required(problems, "grade", member.grade());
        if (!member.personnelNumber().isBlank() && staff.personnelNumberTaken(organisation, member.personnelNumber())) {
            problems.put("personnelNumber", "is used by another staff member");
        }
        checkPlacement(organisation, member.unit(), member.function(), problems);
        checkManagers(organisation, null, member.firstLineManager(), member.secondLineManager(), problems);
        refuseIfAny(problems);
        var id = new StaffMemberId(UUID.randomUUID());
        staff.insert(organisation, id, member);
        trail.wrote("people.staff.created", STAFF_MEMBER, id, member.givenName().strip() + " "
                + member.surname().strip());
        events.publishEvent(new StaffMemberCreated(organisation, id, member.unit()));
        return id;
    }

    @Override
    public void change(OrganisationId organisation, StaffMemberId id, StaffMemberChange change) {
        var row = staff.find(organisation, id).orElseThrow(() -> new RecordNotFoundException(STAFF_MEMBER, id));
        var problems = new HashMap<String, String>();
        required(problems, "surname", change.surname());
        required(problems, "givenName", change.givenName());
        checkManagers(organisation, id, change.firstLineManager(), change.secondLineManager(), problems);
        if (change.exitDate() != null && change.exitDate().isBefore(row.entryDate())) {
            problems.put("exitDate", "is before the entry date");
        }
        refuseIfAny(problems);
        staff.update(organisation, id, change);
        trail.wrote("people.staff.updated", STAFF_MEMBER, id, change.givenName().strip() + " "
                + change.surname().strip());
    }

    @Override
    public void transfer(OrganisationId organisation, StaffMemberId id, Transfer transfer) {
        var row = staff.find(organisation, id).orElseThrow(() -> new RecordNotFoundException(STAFF_MEMBER, id));
        var problems = new HashMap<String, String>();
        required(problems, "grade", transfer.grade());
        checkPlacement(organisation, transfer.unit(), transfer.function(), problems);
        staff.currentPeriodStart(organisation, id).filter(start -> !transfer.from().isAfter(start))
                .ifPresent(start -> problems.put("from", "must be after the start of the current period, " + start));
        refuseIfAny(problems);
        staff.transfer(organisation, id, transfer);
        trail.wrote("people.staff.transferred", STAFF_MEMBER, id, row.summary().fullName());
        events.publishEvent(new StaffMemberTransferred(organisation, id, row.summary().unitId(), transfer.unit(),
                row.functionId(), transfer.function(), transfer.from()));
    }

    private void checkPlacement(OrganisationId organisation, UnitId unit, @Nullable JobFunctionId function,
            Map<String, String> problems) {
        if (structure.unit(organisation, unit).isEmpty()) {
            problems.put("unit", "is not a unit of your organisation");
        }
        if (function != null && structure.function(organisation, function).isEmpty()) {
            problems.put("function", "is not a job function of your organisation");
        }
    }

    private void checkManagers(OrganisationId organisation, @Nullable StaffMemberId self,
            @Nullable StaffMemberId first, @Nullable StaffMemberId second, Map<String, String> problems) {
        checkManager(organisation, self, first, "firstLineManager", problems);
        checkManager(organisation, self, second, "secondLineManager", problems);
        if (first != null && first.equals(second)) {
            problems.put("secondLineManager", "must differ from the first-line manager");
        }
    }

    private void checkManager(OrganisationId organisation, @Nullable StaffMemberId self,
            @Nullable StaffMemberId manager, String field, Map<String, String> problems) {
        if (manager == null) {
            return;
        }
        if (manager.equals(self)) {
            problems.put(field, "cannot be the staff member themself");
        }
        else if (staff.find(organisation, manager).isEmpty()) {
            problems.put(field, "is not a staff member of your organisation");
        }
    }

    private static void required(Map<String, String> problems, String field, String value) {
        if (value.isBlank()) {
            problems.put(field, "is required");
        }
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
