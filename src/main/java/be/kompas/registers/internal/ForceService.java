package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.policy.ActionPlan;
import be.kompas.registers.CareTask;
import be.kompas.registers.ForceAnalysis;
import be.kompas.registers.ForceMeans;
import be.kompas.registers.ForceRegister;
import be.kompas.registers.ForceReport;
import be.kompas.registers.ForceReportInput;
import be.kompas.registers.ForceStatus;
import be.kompas.registers.IncidentType;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@Service
@Transactional
class ForceService implements ForceRegister {

    static final String RECORD_TYPE = "force-report";
    /** Debriefing with a domain specialist after force (domain.md 8.2). */
    static final String DEBRIEFING_ACTION = "H10";
    /** The usual means, seeded in the organisation's language the first time its list is asked for. */
    static final List<String> SEEDED_MEANS = List.of("VERBAL_COMMAND", "HANDCUFFS", "PHYSICAL_CONTROL", "BATON",
            "PEPPER_SPRAY", "TASER", "POLICE_DOG", "SHIELD", "FIREARM_DRAWN", "FIREARM_USED");

    private final ForceRepository reports;
    private final TaskRepository tasks;
    private final StaffLookup staff;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<ForceRepository.Row, ForceReport> reads;
    private final ActionPlan actionPlan;

    ForceService(ForceRepository reports, TaskRepository tasks, StaffLookup staff, Organisations organisations,
            MessageSource messages, AuditTrail trail, Clock clock, ActionPlan actionPlan) {
        this.actionPlan = actionPlan;
        this.reports = reports;
        this.tasks = tasks;
        this.staff = staff;
        this.organisations = organisations;
        this.messages = messages;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(reports, RegisterPermissions.FORCE_ANALYSE, RECORD_TYPE,
                (viewer, r) -> report(viewer.organisationId(), r), ForceReport::officerName, trail);
    }

    @Override
    public List<ForceMeans> means(OrganisationId organisation) {
        var means = reports.means(organisation);
        if (!means.isEmpty()) {
            return means;
        }
        Locale locale = organisations.get(organisation).locale();
        SEEDED_MEANS.forEach(code -> reports.addMeans(organisation, code,
                messages.getMessage("registers.means.seed." + code, null, code, locale)));
        return reports.means(organisation);
    }

    @Override
    public void addMeans(OrganisationId organisation, String code, String name) {
        var problems = new LinkedHashMap<String, String>();
        if (!code.matches("[A-Z0-9_]{2,40}")) {
            problems.put("code", "must be 2 to 40 capitals, digits or underscores");
        }
        else if (means(organisation).stream().anyMatch(m -> m.code().equals(code))) {
            problems.put("code", "is used already");
        }
        if (name.isBlank()) {
            problems.put("name", "is required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        reports.addMeans(organisation, code, name.strip());
        trail.wrote("registers.force-means.added", "force-means", code, null);
    }

    @Override
    public void setMeansActive(OrganisationId organisation, String code, boolean active) {
        reports.setMeansActive(organisation, code, active);
        trail.wrote("registers.force-means.changed", "force-means", code, null);
    }

    @Override
    public UUID file(OrganisationId organisation, StaffMemberId officer, ForceReportInput input) {
        return file(organisation, officer, input, "FORM");
    }

    private UUID file(OrganisationId organisation, StaffMemberId officer, ForceReportInput input, String source) {
        var member = staff.require(organisation, officer, "staffMemberId");
        check(organisation, officer, input);
        var involved = new HashSet<>(input.involved());
        involved.add(officer);
        var supervisor = staff.directory().responsibleManager(organisation, officer, involved).orElse(null);
        var id = UUID.randomUUID();
        reports.insert(organisation, id, officer, member.unitName(), input, supervisor, source, clock.instant());
        trail.wrote("registers.force.filed", RECORD_TYPE, id, member.fullName());
        return id;
    }

    private void check(OrganisationId organisation, StaffMemberId officer, ForceReportInput input) {
        var problems = new LinkedHashMap<String, String>();
        if (input.occurredOn().isAfter(LocalDate.now(clock))) {
            problems.put("occurredOn", "lies in the future");
        }
        if (input.place().isBlank()) {
            problems.put("place", "is required");
        }
        if (input.reason().isBlank()) {
            problems.put("reason", "is required");
        }
        Set<String> known = means(organisation).stream().filter(ForceMeans::active).map(ForceMeans::code)
                .collect(Collectors.toSet());
        if (input.means().isEmpty()) {
            problems.put("means", "name at least one force or means");
        }
        else if (!known.containsAll(input.means())) {
            problems.put("means", "holds a code that is not in the organisation's list");
        }
        for (var other : input.involved()) {
            if (other.equals(officer) || staff.directory().find(organisation, other).isEmpty()) {
                problems.put("involved", "holds someone who is not another staff member of this organisation");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ForceReport> list(KompasUser viewer, PageRequest page) {
        return reads.list(viewer, page);
    }

    @Override
    public ForceReport view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    public void resubmit(KompasUser officer, UUID id, ForceReportInput input) {
        var row = row(officer, id);
        if (!StaffLookup.own(officer).map(row.officer()::equals).orElse(false)) {
            throw new AccessDeniedException("Only the officer who filed the report corrects it");
        }
        if (row.status() != ForceStatus.RETURNED) {
            throw InvalidInputException.of("status", "only a report sent back can be changed");
        }
        check(officer.organisationId(), row.officer(), input);
        reports.update(officer.organisationId(), id, input, clock.instant());
        trail.wrote("registers.force.resubmitted", RECORD_TYPE, id, null);
    }

    @Override
    public void approve(KompasUser supervisor, UUID id, String remark) {
        review(supervisor, id, ForceStatus.APPROVED, remark);
    }

    @Override
    public void sendBack(KompasUser supervisor, UUID id, String remark) {
        if (remark.isBlank()) {
            throw InvalidInputException.of("remark", "say what the officer should change");
        }
        review(supervisor, id, ForceStatus.RETURNED, remark);
    }

    private void review(KompasUser supervisor, UUID id, ForceStatus outcome, String remark) {
        var row = row(supervisor, id);
        if (row.supervisor() == null || !StaffLookup.own(supervisor).map(row.supervisor()::equals).orElse(false)) {
            throw new AccessDeniedException("Only the report's supervisor reviews it");
        }
        if (row.status() != ForceStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "this report is not waiting for review");
        }
        reports.review(supervisor.organisationId(), id, outcome, remark.strip(), clock.instant());
        trail.wrote("registers.force." + outcome.name().toLowerCase(Locale.ROOT), RECORD_TYPE, id, null);
    }

    @Override
    public void analyse(KompasUser analyst, UUID id, ForceAnalysis analysis) {
        if (!analyst.can(RegisterPermissions.FORCE_ANALYSE)) {
            throw new AccessDeniedException("No permission to analyse force reports");
        }
        var row = row(analyst, id);
        var problems = new LinkedHashMap<String, String>();
        if (row.status() != ForceStatus.APPROVED && row.status() != ForceStatus.ANALYSED) {
            problems.put("status", "only an approved report is analysed");
        }
        if (analysis.analysis().isBlank()) {
            problems.put("analysis", "is required");
        }
        if (!analysis.actionCode().isBlank() && !analysis.actionCode().matches("[A-Z]{1,2}[0-9]{1,3}")) {
            problems.put("actionCode", "must be an action-plan code such as O6 or H11");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var organisation = analyst.organisationId();
        reports.analyse(organisation, id, analysis, clock.instant());
        var locale = organisations.get(organisation).locale();
        if (!analysis.actionCode().isBlank()) {
            noteOnAction(organisation, analysis.actionCode(), messages.getMessage("registers.force.actionNote",
                    new Object[] { row.input().occurredOn().toString(), analysis.lesson().isBlank()
                            ? analysis.analysis() : analysis.lesson() }, locale));
        }
        if (analysis.debriefing()) {
            tasks.open(organisation, CareTask.Kind.DEBRIEFING, id, row.officer(), clock.instant());
            noteOnAction(organisation, DEBRIEFING_ACTION, messages.getMessage("registers.force.debriefingNote",
                    new Object[] { row.input().occurredOn().toString() }, locale));
        }
        trail.wrote("registers.force.analysed", RECORD_TYPE, id, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ForceReport> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        var names = reports.means(organisation).stream()
                .collect(Collectors.toMap(ForceMeans::code, ForceMeans::name));
        return new Tally<ForceRepository.Row>(r -> r.input().occurredOn())
                .by("registers.stats.byMeans", null,
                        r -> r.input().means().stream().map(code -> names.getOrDefault(code, code)).toList())
                .by("registers.stats.byIncidentType", "registers.incidentType.",
                        r -> List.of(r.input().incidentType().name()))
                .by("registers.stats.byUnit", null, r -> List.of(r.unitName()))
                .by("registers.stats.byPlace", null, r -> r.input().place().isBlank() ? List.of()
                        : List.of(r.input().place().strip()))
                .count(year, reports.twoYears(organisation, year));
    }

    @Override
    public int importB80(OrganisationId organisation, String csv) {
        return CsvImport.run(csv, cells -> {
            var date = cells.date(0);
            var officer = staff.directory().findByPersonnelNumber(organisation, cells.required(1))
                    .orElseThrow(() -> cells.bad(1));
            return Map.entry(officer.id(), new ForceReportInput(date, cells.required(2),
                    cells.value(3, IncidentType.class), List.of(), List.of(cells.required(4).split("\\|")),
                    cells.required(5), "", "", false, false, "B80", "", "", ""));
        }, entry -> {
            file(organisation, entry.getKey(), entry.getValue(), "B80");
            return true;
        });
    }

    /** The lesson reaches the action plan where the organisation has an action of that code; else only the report. */
    private void noteOnAction(OrganisationId organisation, String code, String text) {
        actionPlan.actions(organisation, null, null).stream().filter(a -> a.code().equalsIgnoreCase(code))
                .findFirst().ifPresent(a -> actionPlan.addNote(organisation, a.id(), text));
    }

    private ForceRepository.Row row(KompasUser viewer, UUID id) {
        return reads.row(viewer, id);
    }

    private ForceReport report(OrganisationId organisation, ForceRepository.Row r) {
        return new ForceReport(r.id(), r.officer(), staff.name(organisation, r.officer()), r.unitName(), r.input(),
                r.input().involved().stream().map(s -> staff.name(organisation, s)).toList(), r.status(),
                r.supervisor(), r.supervisor() == null ? null : staff.name(organisation, r.supervisor()),
                r.supervisorRemark(), r.analysis(), r.lesson(), r.actionCode(), r.source(), r.createdAt());
    }
}
