package be.kompas.registers.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.Units;
import be.kompas.registers.AlcoholDrugDraw;
import be.kompas.registers.AlcoholDrugTest;
import be.kompas.registers.AlcoholDrugTestInput;
import be.kompas.registers.AlcoholDrugTests;
import be.kompas.registers.DrawRequest;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.RegisterSettingsManagement;
import be.kompas.registers.TestFollowUp;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class AlcoholDrugService implements AlcoholDrugTests {

    static final String RECORD_TYPE = "alcohol-drug-test";
    static final String DRAW_TYPE = "alcohol-drug-draw";
    /** How far back a test may be planned or dated. */
    static final int PAST_DAYS = 366;

    private final AlcoholDrugRepository tests;
    private final RegisterSettingsManagement settings;
    private final StaffLookup staff;
    private final Units units;
    private final AuditTrail trail;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    AlcoholDrugService(AlcoholDrugRepository tests, RegisterSettingsManagement settings, StaffLookup staff,
            Units units, AuditTrail trail, Clock clock) {
        this.tests = tests;
        this.settings = settings;
        this.staff = staff;
        this.units = units;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enabled(OrganisationId organisation) {
        return settings.get(organisation).alcoholDrugTests();
    }

    @Override
    public UUID draw(KompasUser viewer, DrawRequest request) {
        allow(viewer);
        var organisation = viewer.organisationId();
        var problems = new LinkedHashMap<String, String>();
        if ((request.count() == null) == (request.percent() == null)) {
            problems.put("count", "give either a number of people or a percentage");
        }
        else if (request.count() != null && request.count() < 1) {
            problems.put("count", "must be at least 1");
        }
        else if (request.percent() != null && (request.percent() < 1 || request.percent() > 100)) {
            problems.put("percent", "must be between 1 and 100");
        }
        String unitName = null;
        if (request.unit() != null) {
            var unit = units.find(organisation, request.unit());
            if (unit.isEmpty()) {
                problems.put("unit", "is not a unit of this organisation");
            }
            else {
                unitName = unit.get().name();
            }
        }
        checkDate(request.testOn(), "testOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var population = (request.unit() == null ? staff.inService(organisation)
                : staff.directory().membersOf(organisation, request.unit(), true)).stream()
                .filter(StaffMemberSummary::inService)
                .sorted(Comparator.comparing(StaffMemberSummary::personnelNumber)).toList();
        if (population.isEmpty()) {
            throw InvalidInputException.of("unit", "has no staff members in service");
        }
        long seed = seeds.nextLong();
        var ids = population.stream().map(StaffMemberSummary::id).toList();
        var selected = RandomDraw.select(ids, seed,
                RandomDraw.size(ids.size(), request.count(), request.percent()));
        var draw = new AlcoholDrugDraw(UUID.randomUUID(), clock.instant(), viewer.displayName(), unitName,
                request.substance(), request.testOn(), request.count(), request.percent(), seed, ids, selected);
        tests.insertDraw(organisation, draw, request.unit());
        trail.wrote("registers.alcohol-drug.drawn", DRAW_TYPE, draw.id(), null);
        var byId = population.stream().collect(Collectors.toMap(StaffMemberSummary::id, s -> s));
        for (var member : selected) {
            var id = UUID.randomUUID();
            tests.insert(organisation, id, draw.id(), member, byId.get(member).unitName(),
                    new AlcoholDrugTestInput(request.substance(), request.testOn(), null, "", TestFollowUp.NONE, ""),
                    clock.instant());
            trail.wrote("registers.alcohol-drug.planned", RECORD_TYPE, id, byId.get(member).fullName());
        }
        return draw.id();
    }

    @Override
    public List<AlcoholDrugDraw> draws(KompasUser viewer) {
        allow(viewer);
        trail.read(DRAW_TYPE, "list", null);
        return tests.draws(viewer.organisationId());
    }

    @Override
    public AlcoholDrugDraw draw(KompasUser viewer, UUID id) {
        allow(viewer);
        var draw = tests.findDraw(viewer.organisationId(), id)
                .orElseThrow(() -> new RecordNotFoundException(DRAW_TYPE, id));
        trail.read(DRAW_TYPE, id, null);
        return draw;
    }

    @Override
    public List<AlcoholDrugTest> ofDraw(KompasUser viewer, UUID draw) {
        allow(viewer);
        trail.read(RECORD_TYPE, "draw:" + draw, null);
        return tests.ofDraw(viewer.organisationId(), draw).stream().map(t -> named(viewer, t))
                .sorted(Comparator.comparing(AlcoholDrugTest::staffName)).toList();
    }

    @Override
    public UUID record(KompasUser viewer, StaffMemberId member, AlcoholDrugTestInput input) {
        allow(viewer);
        var problems = check(input);
        StaffMemberSummary summary = null;
        try {
            summary = staff.require(viewer.organisationId(), member, "staffMemberId");
        }
        catch (InvalidInputException e) {
            problems.putAll(e.errors());
        }
        if (!problems.isEmpty() || summary == null) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        tests.insert(viewer.organisationId(), id, null, member, summary.unitName(), clean(input), clock.instant());
        trail.wrote("registers.alcohol-drug.recorded", RECORD_TYPE, id, summary.fullName());
        return id;
    }

    @Override
    public void recordResult(KompasUser viewer, UUID id, AlcoholDrugTestInput input) {
        allow(viewer);
        var test = tests.find(viewer.organisationId(), id, null)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        var problems = check(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        tests.update(viewer.organisationId(), id, clean(input));
        trail.wrote("registers.alcohol-drug.recorded", RECORD_TYPE, id,
                staff.name(viewer.organisationId(), test.staff()));
    }

    @Override
    public Page<AlcoholDrugTest> list(KompasUser viewer, PageRequest page) {
        allow(viewer);
        var organisation = viewer.organisationId();
        trail.read(RECORD_TYPE, "list", null);
        return new Page<>(tests.page(organisation, null, page).stream().map(t -> named(viewer, t)).toList(), page,
                tests.count(organisation, null));
    }

    @Override
    public AlcoholDrugTest view(KompasUser viewer, UUID id) {
        allow(viewer);
        var test = named(viewer, tests.find(viewer.organisationId(), id, null)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id)));
        trail.read(RECORD_TYPE, id, test.staffName());
        return test;
    }

    @Override
    public List<AlcoholDrugTest> year(KompasUser viewer, int year) {
        allow(viewer);
        trail.read(RECORD_TYPE, "export:" + year, null);
        return tests.between(viewer.organisationId(), null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().map(t -> named(viewer, t)).toList();
    }

    /** Counts only: by result, substance and follow-up; tests still to be done count as pending. */
    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        return new Tally<AlcoholDrugTest>(t -> t.input().testedOn())
                .by("registers.stats.byResult", "registers.testResult.", t -> List.of(t.pending() ? "PENDING"
                        : t.input().result().name()))
                .by("registers.stats.bySubstance", "registers.substance.", t -> List.of(t.input().substance()
                        .name()))
                .by("registers.stats.byFollowUp", "registers.testFollowUp.", t -> t.input().followUp()
                        == TestFollowUp.NONE ? List.of() : List.of(t.input().followUp().name()))
                .count(year, tests.twoYears(organisation, year));
    }

    private Map<String, String> check(AlcoholDrugTestInput input) {
        var problems = new LinkedHashMap<String, String>();
        if (input.result() == null) {
            problems.put("result", "is required");
        }
        checkDate(input.testedOn(), "testedOn", problems);
        if (input.followUp() != TestFollowUp.NONE && (input.result() == null || !input.result().needsFollowUp())) {
            problems.put("followUp", "only follows a positive or refused test");
        }
        if (input.values().length() > 500) {
            problems.put("values", "is longer than 500 characters");
        }
        return problems;
    }

    private void checkDate(LocalDate date, String field, Map<String, String> problems) {
        var today = LocalDate.now(clock);
        if (date.isAfter(today.plusYears(1))) {
            problems.put(field, "lies more than a year ahead");
        }
        else if (date.isBefore(today.minusDays(PAST_DAYS))) {
            problems.put(field, "lies more than a year in the past");
        }
    }

    private static AlcoholDrugTestInput clean(AlcoholDrugTestInput input) {
        return new AlcoholDrugTestInput(input.substance(), input.testedOn(), input.result(), input.values().strip(),
                input.followUp(), input.followUpNote().strip());
    }

    private AlcoholDrugTest named(KompasUser viewer, AlcoholDrugTest t) {
        return new AlcoholDrugTest(t.id(), t.drawId(), t.staff(), staff.name(viewer.organisationId(), t.staff()),
                t.unitName(), t.input(), t.createdAt());
    }

    /** Only the dedicated permission, and only where the organisation runs the tests. */
    private void allow(KompasUser viewer) {
        if (!viewer.can(RegisterPermissions.ALCOHOL_DRUG_TESTS)) {
            throw new AccessDeniedException("No permission for alcohol and drug tests");
        }
        if (!enabled(viewer.organisationId())) {
            throw new AccessDeniedException("The organisation does not run alcohol and drug tests");
        }
    }
}
