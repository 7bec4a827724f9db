package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.policy.VulnerableFunctions;
import be.kompas.registers.DueScreening;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.RegisterSettingsManagement;
import be.kompas.registers.Screening;
import be.kompas.registers.ScreeningKind;
import be.kompas.registers.ScreeningOutcome;
import be.kompas.registers.ScreeningRegister;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class ScreeningService implements ScreeningRegister {

    static final String RECORD_TYPE = "screening";
    /** How far ahead the list of due screenings looks. */
    static final int HORIZON_MONTHS = 3;

    private final ScreeningRepository screenings;
    private final RegisterSettingsManagement settings;
    private final StaffLookup staff;
    /** How often the holders of a vulnerable function are screened (domain.md 7.2). */
    private final VulnerableFunctions vulnerableFunctions;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<Screening, Screening> reads;

    ScreeningService(ScreeningRepository screenings, RegisterSettingsManagement settings, StaffLookup staff,
            VulnerableFunctions vulnerableFunctions, AuditTrail trail, Clock clock) {
        this.vulnerableFunctions = vulnerableFunctions;
        this.screenings = screenings;
        this.settings = settings;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(screenings, RegisterPermissions.SCREENING_MANAGE, RECORD_TYPE, this::shown,
                Screening::staffName, trail);
    }

    @Override
    public UUID schedule(KompasUser viewer, StaffMemberId member, ScreeningKind kind, LocalDate dueOn) {
        boolean own = StaffLookup.own(viewer).map(member::equals).orElse(false);
        if (!own && !viewer.can(RegisterPermissions.SCREENING_MANAGE)) {
            throw new AccessDeniedException("Only HR plans another staff member's screening");
        }
        var summary = staff.require(viewer.organisationId(), member, "staffMemberId");
        if (dueOn.isBefore(LocalDate.now(clock).minusYears(50))) {
            throw InvalidInputException.of("dueOn", "is too far in the past");
        }
        var id = UUID.randomUUID();
        screenings.insert(viewer.organisationId(), id, member, kind, dueOn, clock.instant());
        trail.wrote("registers.screening.scheduled", RECORD_TYPE, id, summary.fullName());
        return id;
    }

    @Override
    public void record(KompasUser viewer, UUID id, LocalDate doneOn, ScreeningOutcome outcome, String note) {
        manage(viewer);
        screenings.find(viewer.organisationId(), id, null)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (doneOn.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("doneOn", "lies in the future");
        }
        screenings.record(viewer.organisationId(), id, doneOn, outcome, note.strip());
        trail.wrote("registers.screening.recorded", RECORD_TYPE, id, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Screening> list(KompasUser viewer, PageRequest page) {
        return reads.list(viewer, page);
    }

    @Override
    public Screening view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Screening> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    /** Screenings by the year they were due: why, and with what outcome; outcomes are counted, never listed. */
    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        var today = LocalDate.now(clock);
        return new Tally<Screening>(Screening::dueOn)
                .by("registers.stats.byScreeningKind", "registers.screening.kind.", s -> List.of(s.kind().name()))
                .by("registers.stats.byOutcome", "registers.screening.outcome.", s -> List.of(s.outcome() != null
                        ? s.outcome().name() : s.dueOn().isBefore(today) ? "OVERDUE" : "PENDING"))
                .count(year, screenings.twoYears(organisation, year));
    }

    /** Reads every staff record in service (each read is audited), so only HR and oversight may ask. */
    @Override
    public List<DueScreening> due(KompasUser viewer) {
        manage(viewer);
        var organisation = viewer.organisationId();
        var today = LocalDate.now(clock);
        var rules = settings.get(organisation);
        var byStaff = screenings.all(organisation).stream().collect(Collectors.groupingBy(Screening::staff));
        var functionMonths = new HashMap<String, Integer>();
        vulnerableFunctions.all(organisation).stream().filter(function -> function.screeningMonths() != null)
                .forEach(function -> functionMonths.put(function.functionName(), function.screeningMonths()));
        var due = new ArrayList<DueScreening>();
        for (var summary : staff.inService(organisation)) {
            var details = staff.directory().view(viewer, summary.id());
            var months = summary.functionName() == null ? null : functionMonths.get(summary.functionName());
            ScreeningRules.due(details, byStaff.getOrDefault(summary.id(), List.of()), rules, months).stream()
                    .filter(d -> !d.dueOn().isAfter(today.plusMonths(HORIZON_MONTHS)))
                    .forEach(d -> due.add(new DueScreening(summary.id(), summary.fullName(), summary.unitName(),
                            d.kind(), d.dueOn(), d.dueOn().isBefore(today))));
        }
        due.sort(Comparator.comparing(DueScreening::dueOn));
        return due;
    }

    private static void manage(KompasUser viewer) {
        if (!viewer.can(RegisterPermissions.SCREENING_MANAGE)) {
            throw new AccessDeniedException("No permission to manage screenings");
        }
    }

    private Screening shown(KompasUser viewer, Screening s) {
        boolean outcomes = viewer.can(RegisterPermissions.SCREENING_MANAGE);
        return new Screening(s.id(), s.staff(), staff.name(viewer.organisationId(), s.staff()), s.kind(), s.dueOn(),
                s.doneOn(), outcomes ? s.outcome() : null, outcomes ? s.outcomeNote() : "", s.createdAt());
    }
}
