package be.kompas.registers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.registers.AncillaryActivity;
import be.kompas.registers.AncillaryInput;
import be.kompas.registers.AncillaryRegister;
import be.kompas.registers.AncillaryStatus;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.RegisterSettingsManagement;
import be.kompas.registers.YearStatistics;
import be.kompas.tenancy.OrganisationId;

@Service
@Transactional
class AncillaryService implements AncillaryRegister {

    static final String RECORD_TYPE = "ancillary-activity";
    static final String VULNERABLE_FUNCTION = "VULNERABLE_FUNCTION";
    /** How far from today the start of an activity may lie: a plausibility check, not a rule. */
    static final int MAX_YEARS = 5;

    private final AncillaryRepository activities;
    private final RegisterSettingsManagement settings;
    private final StaffLookup staff;
    private final AuditTrail trail;
    private final Clock clock;
    private final ScopedReads<AncillaryRepository.Row, AncillaryActivity> reads;

    AncillaryService(AncillaryRepository activities, RegisterSettingsManagement settings, StaffLookup staff,
            AuditTrail trail, Clock clock) {
        this.activities = activities;
        this.settings = settings;
        this.staff = staff;
        this.trail = trail;
        this.clock = clock;
        this.reads = new ScopedReads<>(activities, RegisterPermissions.ANCILLARY_DECIDE, RECORD_TYPE,
                (viewer, r) -> activity(viewer.organisationId(), r), AncillaryActivity::staffName, trail);
    }

    @Override
    public UUID apply(OrganisationId organisation, StaffMemberId applicant, AncillaryInput input) {
        var member = staff.require(organisation, applicant, "staffMemberId");
        var problems = new LinkedHashMap<String, String>();
        if (input.activity().isBlank()) {
            problems.put("activity", "is required");
        }
        if (input.employer().isBlank()) {
            problems.put("employer", "is required");
        }
        if (input.hoursPerMonth() < 1 || input.hoursPerMonth() > 200) {
            problems.put("hoursPerMonth", "must be between 1 and 200");
        }
        var today = LocalDate.now(clock);
        if (input.startsOn() != null && (input.startsOn().isBefore(today.minusYears(MAX_YEARS))
                || input.startsOn().isAfter(today.plusYears(MAX_YEARS)))) {
            problems.put("startsOn", "must lie within " + MAX_YEARS + " years of today");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var rules = settings.get(organisation);
        var adviser = rules.ancillaryManagerAdvice()
                ? staff.directory().responsibleManager(organisation, applicant, Set.of(applicant)).orElse(null)
                : null;
        var id = UUID.randomUUID();
        activities.insert(organisation, id, applicant, member.unitName(), input,
                alerts(member, input, rules.conflictKeywords()),
                adviser == null ? AncillaryStatus.AWAITING_DECISION : AncillaryStatus.AWAITING_ADVICE, adviser,
                clock.instant());
        trail.wrote("registers.ancillary.applied", RECORD_TYPE, id, member.fullName());
        return id;
    }

    static List<String> alerts(StaffMemberSummary member, AncillaryInput input, List<String> keywords) {
        var alerts = new ArrayList<String>();
        if (member.vulnerableFunction()) {
            alerts.add(VULNERABLE_FUNCTION);
        }
        String text = (input.activity() + " " + input.employer() + " " + input.conflicts()).toLowerCase(Locale.ROOT);
        keywords.stream().filter(k -> text.contains(k.toLowerCase(Locale.ROOT))).forEach(k -> alerts.add("KEYWORD:" + k));
        return alerts;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AncillaryActivity> list(KompasUser viewer, @Nullable String unitName, PageRequest page) {
        var organisation = viewer.organisationId();
        var scope = StaffLookup.scope(viewer, RegisterPermissions.ANCILLARY_DECIDE);
        return new Page<>(activities.page(organisation, scope, unitName, page).stream()
                .map(r -> activity(organisation, r)).toList(), page, activities.count(organisation, scope, unitName));
    }

    @Override
    public AncillaryActivity view(KompasUser viewer, UUID id) {
        return reads.view(viewer, id);
    }

    @Override
    public void advise(KompasUser adviser, UUID id, boolean favourable, String text) {
        var row = row(adviser, id);
        if (row.adviser() == null || !StaffLookup.own(adviser).map(row.adviser()::equals).orElse(false)) {
            throw new AccessDeniedException("Only the line manager asked for advice gives it");
        }
        if (row.status() != AncillaryStatus.AWAITING_ADVICE) {
            throw InvalidInputException.of("status", "this application is not waiting for advice");
        }
        activities.advise(adviser.organisationId(), id, favourable, text.strip(), clock.instant());
        trail.wrote("registers.ancillary.advised", RECORD_TYPE, id, null);
    }

    @Override
    public void decide(KompasUser authority, UUID id, boolean granted, String reasons, String conditions) {
        if (!authority.can(RegisterPermissions.ANCILLARY_DECIDE)) {
            throw new AccessDeniedException("No permission to decide on ancillary activities");
        }
        var row = row(authority, id);
        if (row.status() != AncillaryStatus.AWAITING_DECISION) {
            throw InvalidInputException.of("status", "this application is not waiting for a decision");
        }
        if (reasons.isBlank()) {
            throw InvalidInputException.of("reasons", "give the reasons for the decision");
        }
        var organisation = authority.organisationId();
        var until = granted ? LocalDate.now(clock).plusYears(settings.get(organisation).ancillaryValidityYears())
                .minusDays(1) : null;
        activities.decide(organisation, id, granted ? AncillaryStatus.GRANTED : AncillaryStatus.REFUSED,
                reasons.strip(), conditions.strip(), until, clock.instant());
        trail.wrote("registers.ancillary." + (granted ? "granted" : "refused"), RECORD_TYPE, id, null);
    }

    @Override
    public UUID renew(KompasUser applicant, UUID id) {
        var row = row(applicant, id);
        if (!StaffLookup.own(applicant).map(row.staff()::equals).orElse(false)) {
            throw new AccessDeniedException("Only the applicant renews a permission");
        }
        var next = row.validUntil() == null ? null : row.validUntil().plusDays(1);
        return apply(applicant.organisationId(), row.staff(), row.input().startingOn(next));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AncillaryActivity> all(KompasUser viewer) {
        var organisation = viewer.organisationId();
        var scope = StaffLookup.scope(viewer, RegisterPermissions.ANCILLARY_DECIDE);
        return activities.page(organisation, scope, null, PageRequest.of(0, PageRequest.MAX_SIZE)).stream()
                .map(r -> activity(organisation, r)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AncillaryActivity> year(KompasUser viewer, int year) {
        return reads.year(viewer, year);
    }

    /** Applications by the year they were made: what is asked for, how it was decided, what deserves a look. */
    @Override
    @Transactional(readOnly = true)
    public YearStatistics statistics(OrganisationId organisation, int year) {
        return new Tally<AncillaryRepository.Row>(r -> LocalDate.ofInstant(r.createdAt(), clock.getZone()))
                .by("registers.stats.byStatus", "registers.ancillary.status.", r -> List.of(r.status().name()))
                .by("registers.stats.byPaid", "registers.ancillary.paidValue.",
                        r -> List.of(String.valueOf(r.input().paid())))
                .by("registers.stats.byAlert", "registers.ancillary.alertKind.",
                        r -> r.alerts().stream().map(a -> a.startsWith("KEYWORD:") ? "KEYWORD" : a).toList())
                .by("registers.stats.byUnit", null, r -> List.of(r.unitName()))
                .count(year, activities.twoYears(organisation, year));
    }

    private AncillaryRepository.Row row(KompasUser viewer, UUID id) {
        return reads.row(viewer, id);
    }

    private AncillaryActivity activity(OrganisationId organisation, AncillaryRepository.Row r) {
        var status = r.status() == AncillaryStatus.GRANTED && r.validUntil() != null
                && r.validUntil().isBefore(LocalDate.now(clock)) ? AncillaryStatus.EXPIRED : r.status();
        return new AncillaryActivity(r.id(), r.staff(), staff.name(organisation, r.staff()), r.unitName(), r.input(),
                r.alerts(), status, r.adviser(), r.adviser() == null ? null : staff.name(organisation, r.adviser()),
                r.favourable(), r.adviceText(), r.decisionReasons(), r.conditions(), r.validUntil(), r.createdAt());
    }
}
