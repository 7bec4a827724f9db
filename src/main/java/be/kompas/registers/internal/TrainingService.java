package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import be.kompas.people.JobFunction;
import be.kompas.people.JobFunctions;
import be.kompas.people.StaffMemberId;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.TrainingCourse;
import be.kompas.registers.TrainingDue;
import be.kompas.registers.TrainingRecord;
import be.kompas.registers.TrainingRegister;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@Service
@Transactional
class TrainingService implements TrainingRegister {

    static final String RECORD_TYPE = "training-record";
    /** How far ahead the list of due courses looks. */
    static final int HORIZON_MONTHS = 3;

    /**
     * The Gent plan's training actions (domain.md 8.2); O2 is the plan itself. Only the induction course is mandatory
     * for all by default; the coordinator sets the rest per function.
     */
    private static final List<TrainingCourse> SEEDED = List.of(
            new TrainingCourse("O1", "", false, true, List.of(), null, true),
            new TrainingCourse("O3", "", true, false, List.of(), null, true),
            new TrainingCourse("O4", "", false, false, List.of(), null, true),
            new TrainingCourse("O5", "", false, false, List.of(), null, true),
            new TrainingCourse("O6", "", false, false, List.of(), null, true),
            new TrainingCourse("O7", "", false, false, List.of(), null, true),
            new TrainingCourse("O8", "", false, false, List.of(), null, true),
            new TrainingCourse("O9", "", true, false, List.of(), null, true),
            new TrainingCourse("H11", "", false, false, List.of(), null, true));

    private final TrainingRepository records;
    private final JobFunctions functions;
    private final StaffLookup staff;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<TrainingRepository.Row, TrainingRecord> reads;

    TrainingService(TrainingRepository records, JobFunctions functions, StaffLookup staff,
            Organisations organisations, MessageSource messages, AuditTrail trail, Clock clock) {
        this.records = records;
        this.functions = functions;
        this.staff = staff;
        this.organisations = organisations;
        this.messages = messages;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(records, RegisterPermissions.TRAINING_MANAGE, RECORD_TYPE,
                (viewer, r) -> record(viewer.organisationId(), courseMap(viewer.organisationId()), r),
                TrainingRecord::staffName, trail);
    }

    @Override
    public List<TrainingCourse> courses(OrganisationId organisation) {
        var courses = records.courses(organisation);
        if (!courses.isEmpty()) {
            return courses;
        }
        Locale locale = organisations.get(organisation).locale();
        SEEDED.forEach(c -> records.saveCourse(organisation, new TrainingCourse(c.code(),
                messages.getMessage("registers.course.seed." + c.code(), null, c.code(), locale), c.dilemma(),
                c.mandatoryAll(), c.mandatoryFunctions(), c.renewalMonths(), c.active())));
        return records.courses(organisation);
    }

    @Override
    public void saveCourse(KompasUser manager, TrainingCourse course) {
        manage(manager);
        var problems = new LinkedHashMap<String, String>();
        if (!course.code().matches("[A-Z0-9_]{1,20}")) {
            problems.put("code", "must be 1 to 20 capitals, digits or underscores");
        }
        if (course.name().isBlank()) {
            problems.put("name", "is required");
        }
        if (course.renewalMonths() != null && (course.renewalMonths() < 1 || course.renewalMonths() > 120)) {
            problems.put("renewalMonths", "must be between 1 and 120");
        }
        var known = functionNames(manager.organisationId());
        if (course.mandatoryFunctions().stream().map(String::strip).anyMatch(f -> !f.isEmpty() && !known.contains(f))) {
            problems.put("mandatoryFunctions", "names a function the organisation does not have");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        courses(manager.organisationId());
        records.saveCourse(manager.organisationId(), new TrainingCourse(course.code(), course.name().strip(),
                course.dilemma(), course.mandatoryAll(), course.mandatoryFunctions().stream().map(String::strip)
                        .filter(f -> !f.isEmpty()).toList(), course.renewalMonths(), course.active()));
        trail.wrote("registers.training-course.saved", "training-course", course.code(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> functionNames(OrganisationId organisation) {
        return functions.all(organisation).stream().map(JobFunction::name).toList();
    }

    @Override
    public UUID record(KompasUser viewer, StaffMemberId member, String courseCode, LocalDate completedOn,
            String note) {
        boolean own = StaffLookup.own(viewer).map(member::equals).orElse(false);
        if (!own && !viewer.can(RegisterPermissions.TRAINING_MANAGE)) {
            throw new AccessDeniedException("Only the training service records another staff member's training");
        }
        var organisation = viewer.organisationId();
        var summary = staff.require(organisation, member, "staffMemberId");
        var problems = new LinkedHashMap<String, String>();
        if (courses(organisation).stream().noneMatch(c -> c.active() && c.code().equals(courseCode))) {
            problems.put("courseCode", "is not a course of the training plan");
        }
        if (completedOn.isAfter(LocalDate.now(clock))) {
            problems.put("completedOn", "lies in the future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        records.insert(organisation, id, member, summary.unitName(), courseCode, completedOn, note.strip(),
                clock.instant());
        trail.wrote("registers.training.recorded", RECORD_TYPE, id, summary.fullName());
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TrainingRecord> list(KompasUser viewer, PageRequest page) {
        return reads.list(viewer, page);
    }

    @Override
    public TrainingRecord view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingRecord> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    /** A course never followed is due now; one to renew is due its interval after it was last followed. */
    @Override
    public List<TrainingDue> due(KompasUser manager) {
        manage(manager);
        var organisation = manager.organisationId();
        var today = LocalDate.now(clock);
        var courses = courses(organisation);
        Map<StaffMemberId, Map<String, LocalDate>> last = records.all(organisation).stream()
                .collect(Collectors.groupingBy(TrainingRepository.Row::staff, Collectors.toMap(
                        TrainingRepository.Row::courseCode, TrainingRepository.Row::completedOn,
                        (a, b) -> a.isAfter(b) ? a : b)));
        var due = new ArrayList<TrainingDue>();
        for (var member : staff.inService(organisation)) {
            var followed = last.getOrDefault(member.id(), Map.of());
            for (var course : courses) {
                if (!course.mandatoryFor(member.functionName())) {
                    continue;
                }
                var lastOn = followed.get(course.code());
                var dueOn = lastOn == null ? today
                        : course.renewalMonths() == null ? null : lastOn.plusMonths(course.renewalMonths());
                if (dueOn != null && !dueOn.isAfter(today.plusMonths(HORIZON_MONTHS))) {
                    due.add(new TrainingDue(member.id(), member.fullName(), member.unitName(), course.code(),
                            course.name(), dueOn, dueOn.isBefore(today)));
                }
            }
        }
        due.sort(Comparator.comparing(TrainingDue::dueOn).thenComparing(TrainingDue::staffName));
        return due;
    }

    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        var courses = courseMap(organisation);
        return new Tally<TrainingRepository.Row>(TrainingRepository.Row::completedOn)
                .by("registers.stats.byCourse", null, r -> List.of(r.courseCode() + " "
                        + (courses.containsKey(r.courseCode()) ? courses.get(r.courseCode()).name() : "")))
                .by("registers.stats.byDilemma", "registers.training.dilemmaValue.", r -> List.of(String.valueOf(
                        courses.containsKey(r.courseCode()) && courses.get(r.courseCode()).dilemma())))
                .by("registers.stats.byUnit", null, r -> List.of(r.unitName()))
                .count(year, records.twoYears(organisation, year));
    }

    private Map<String, TrainingCourse> courseMap(OrganisationId organisation) {
        return records.courses(organisation).stream()
                .collect(Collectors.toMap(TrainingCourse::code, Function.identity()));
    }

    private static void manage(KompasUser viewer) {
        if (!viewer.can(RegisterPermissions.TRAINING_MANAGE)) {
            throw new AccessDeniedException("No permission to keep the training register");
        }
    }

    private TrainingRecord record(OrganisationId organisation, Map<String, TrainingCourse> courses,
            TrainingRepository.Row r) {
        var course = courses.get(r.courseCode());
        return new TrainingRecord(r.id(), r.staff(), staff.name(organisation, r.staff()), r.unitName(),
                r.courseCode(), course == null ? r.courseCode() : course.name(), course != null && course.dilemma(),
                r.completedOn(), r.note(), r.createdAt());
    }
}
