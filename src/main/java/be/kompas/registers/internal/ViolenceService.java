package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.registers.CareTask;
import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.ViolenceRegister;
import be.kompas.registers.ViolenceReport;
import be.kompas.registers.ViolenceReportInput;
import be.kompas.registers.ViolenceType;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class ViolenceService implements ViolenceRegister {

    static final String RECORD_TYPE = "violence-report";

    private final ViolenceRepository reports;
    private final TaskRepository tasks;
    private final StaffLookup staff;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<ViolenceRepository.Row, ViolenceReport> reads;

    ViolenceService(ViolenceRepository reports, TaskRepository tasks, StaffLookup staff, AuditTrail trail,
            Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(reports, RegisterPermissions.VIOLENCE_READ, RECORD_TYPE,
                (viewer, r) -> report(viewer.organisationId(), r), ViolenceReport::victimName, trail);
    }

    /** Every victim gets aftercare from personnel care, offered or not yet: the task makes sure someone asks. */
    @Override
    public UUID file(OrganisationId organisation, StaffMemberId victim, ViolenceReportInput input) {
        return file(organisation, victim, input, "FORM", null);
    }

    @Override
    public int importMisi(OrganisationId organisation, String csv) {
        return CsvImport.run(csv, cells -> {
            var date = cells.date(0);
            var victim = staff.directory().findByPersonnelNumber(organisation, cells.required(1))
                    .orElseThrow(() -> cells.bad(1));
            var input = new ViolenceReportInput(date, cells.required(2), cells.value(3, ViolenceType.class),
                    "", cells.number(4, 0, 3650), cells.required(5), false, LegalFollowUp.NONE_YET);
            return new Imported(victim.id(), input, cells.required(6));
        }, row -> {
            if (reports.imported(organisation, row.reference())) {
                return false;
            }
            file(organisation, row.victim(), row.input(), "MISI", row.reference());
            return true;
        });
    }

    private record Imported(StaffMemberId victim, ViolenceReportInput input, String reference) {
    }

    private UUID file(OrganisationId organisation, StaffMemberId victim, ViolenceReportInput input, String source,
            @Nullable String reference) {
        var member = staff.require(organisation, victim, "staffMemberId");
        var problems = new LinkedHashMap<String, String>();
        if (input.occurredOn().isAfter(LocalDate.now(clock))) {
            problems.put("occurredOn", "lies in the future");
        }
        if (input.place().isBlank()) {
            problems.put("place", "is required");
        }
        if (input.circumstances().isBlank()) {
            problems.put("circumstances", "is required");
        }
        if (input.incapacityDays() < 0 || input.incapacityDays() > 3650) {
            problems.put("incapacityDays", "must be between 0 and 3650");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        reports.insert(organisation, id, victim, member.unitName(), input, source, reference, clock.instant());
        tasks.open(organisation, CareTask.Kind.AFTERCARE, id, victim, clock.instant());
        trail.wrote("registers.violence.filed", RECORD_TYPE, id, member.fullName());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ViolenceReport> list(KompasUser viewer, PageRequest page) {
        return reads.list(viewer, page);
    }

    @Override
    public ViolenceReport view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ViolenceReport> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        return new Tally<ViolenceRepository.Row>(r -> r.input().occurredOn())
                .by("registers.stats.byViolenceType", "registers.violenceType.",
                        r -> List.of(r.input().violenceType().name()))
                .by("registers.stats.byIncapacity", "registers.violence.incapacity.",
                        r -> List.of(ViolenceReport.flags(r.input().incapacityDays()) ? "YES" : "NO"))
                .by("registers.stats.byLegalFollowUp", "registers.legalFollowUp.",
                        r -> List.of(r.input().legalFollowUp().name()))
                .by("registers.stats.byUnit", null, r -> List.of(r.unitName()))
                .count(year, reports.twoYears(organisation, year));
    }

    private ViolenceReport report(OrganisationId organisation, ViolenceRepository.Row r) {
        return new ViolenceReport(r.id(), r.victim(), staff.name(organisation, r.victim()), r.unitName(), r.input(),
                ViolenceReport.flags(r.input().incapacityDays()), r.createdAt());
    }
}
