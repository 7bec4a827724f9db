package be.kompas.investigations.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.investigations.Bureau;
import be.kompas.investigations.CaseClosed;
import be.kompas.investigations.CaseDecided;
import be.kompas.investigations.CaseManagement;
import be.kompas.investigations.CaseOpened;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.InformationDutySent;
import be.kompas.investigations.InvestigationPermissions;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Outcome;
import be.kompas.investigations.Recipient;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.CaseParts.Concerned;
import be.kompas.investigations.internal.CaseParts.Sanction;
import be.kompas.notifications.Notifications;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

/**
 * Cases from opening to closing. Every method that shows or changes a case checks the need-to-know rule first and
 * answers a case the user may not read exactly like a missing one.
 */
@Service
@Transactional
public class CaseService implements CaseManagement {

    static final String RECORD_TYPE = "investigations.case";
    /** Roles whose holders can be assigned, and the bureau or tracks they may work on. */
    private static final List<String> INVESTIGATOR_ROLES = List.of(Roles.OVERSIGHT_INVESTIGATOR,
            Roles.DISCIPLINE_OFFICER, Roles.LINE_MANAGER, Roles.INTEGRITY_DEPARTMENT);
    /** The earliest date a report can have been received on. */
    static final LocalDate EARLIEST_RECEIPT = LocalDate.of(1900, 1, 1);

    private final CaseRepository cases;
    private final CaseAccess access;
    private final StaffDirectory staff;
    private final UserManagement users;
    private final Organisations organisations;
    private final WorkingDays workingDays;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final Notifications notifications;

    CaseService(CaseRepository cases, CaseAccess access, StaffDirectory staff, UserManagement users,
            Organisations organisations, WorkingDays workingDays, AuditTrail trail, ApplicationEventPublisher events,
            MessageSource messages, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.cases = cases;
        this.access = access;
        this.staff = staff;
        this.users = users;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.trail = trail;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // Opening

    /**
     * Opens a case for an origin that arrives as an event; one case per origin record.
     *
     * @param receivedOn when the origin received the report (today when not known, or when given in the future)
     * @param acknowledgedOn when the origin acknowledged it to the reporter, if it did
     */
    public Optional<UUID> openFrom(OrganisationId organisation, Origin origin, @Nullable String reference,
            @Nullable String originReference, @Nullable UUID originId, @Nullable String summary,
            List<String> factCodes, List<UUID> staffIds, List<String> personnelNumbers,
            @Nullable LocalDate receivedOn, @Nullable LocalDate acknowledgedOn) {
        if (originId != null && cases.existsForOrigin(organisation, origin, originId)) {
            return Optional.empty();
        }
        var org = organisations.get(organisation);
        String ref = reference != null && !cases.referenceTaken(organisation, reference) ? reference
                : cases.nextReference(organisation, org.code(), today().getYear());
        UUID id = UUID.randomUUID();
        LocalDate received = receivedOn == null || receivedOn.isAfter(today()) ? today() : receivedOn;
        LocalDate acknowledged = acknowledgedOn == null || acknowledgedOn.isBefore(received) ? null
                : acknowledgedOn;
        cases.insert(organisation, id, ref, Bureau.INTERNAL_OVERSIGHT, origin, originReference, originId, today(),
                received, acknowledged, summary, factCodes, clock.instant());
        var linked = new ArrayList<UUID>();
        staffIds.forEach(s -> staff.find(organisation, new StaffMemberId(s)).ifPresent(m -> linked.add(link(
                organisation, id, m))));
        personnelNumbers.forEach(n -> staff.findByPersonnelNumber(organisation, n).ifPresent(m -> linked.add(link(
                organisation, id, m))));
        opened(organisation, org.kind(), id, ref, linked);
        return Optional.of(id);
    }

    /**
     * Opens a case by hand: the head of oversight for any origin, a staff member or manager for a report under the
     * duty to act (who then has no access to the case they reported, and whose report is received today).
     *
     * @param receivedOn when the report was received: not in the future, not before 1900; today when null
     */
    @Override
    public UUID open(KompasUser user, Origin origin, Bureau bureau, String summary, @Nullable String originReference,
            List<String> personnelNumbers, @Nullable LocalDate receivedOn) {
        boolean oversee = user.can(InvestigationPermissions.OVERSEE);
        if (!oversee && !(origin == Origin.DUTY_TO_ACT && user.can(InvestigationPermissions.REPORT))) {
            throw new AccessDeniedException("investigations.open");
        }
        if (!origin.manual()) {
            throw InvalidInputException.of("origin", "investigations.invalid.origin");
        }
        if (summary.isBlank()) {
            throw InvalidInputException.of("summary", "investigations.invalid.summary");
        }
        LocalDate received = receivedOn == null || !oversee ? today() : receivedOn;
        if (received.isAfter(today()) || received.isBefore(EARLIEST_RECEIPT)) {
            throw InvalidInputException.of("receivedOn", "investigations.invalid.receivedOn");
        }
        var members = new ArrayList<StaffMemberSummary>();
        for (String number : personnelNumbers) {
            if (!number.isBlank()) {
                members.add(staff.findByPersonnelNumber(user.organisationId(), number.strip()).orElseThrow(
                        () -> InvalidInputException.of("staff", "investigations.invalid.staff")));
            }
        }
        var org = organisations.get(user.organisationId());
        String reference = cases.nextReference(user.organisationId(), org.code(), today().getYear());
        UUID id = UUID.randomUUID();
        cases.insert(user.organisationId(), id, reference, oversee ? bureau : Bureau.INTERNAL_OVERSIGHT, origin,
                blankToNull(originReference), null, today(), received, null, summary.strip(), List.of(),
                clock.instant());
        var linked = members.stream().map(m -> link(user.organisationId(), id, m)).toList();
        opened(user.organisationId(), org.kind(), id, reference, linked);
        trail.wrote("investigations.case.opened", RECORD_TYPE, id, reference);
        return id;
    }

    private UUID link(OrganisationId organisation, UUID caseId, StaffMemberSummary member) {
        cases.addStaff(organisation, caseId, member.id().value(), member.fullName(), member.personnelNumber(),
                member.unitId().value(), member.unitName());
        return member.id().value();
    }

    private void opened(OrganisationId organisation, OrganisationKind kind, UUID id, String reference,
            List<UUID> staffIds) {
        if (kind != OrganisationKind.DUTCH_UNIT) {
            // The mayor, Comité P and the AIG learn of all DIT investigations (domain.md 1.4, 5.1 step 4).
            LocalDate due = workingDays.addWorkingDays(organisation, today(),
                    cases.settings(organisation).informWorkingDays());
            for (Recipient recipient : List.of(Recipient.MAYOR, Recipient.COMITE_P, Recipient.AIG)) {
                cases.addDuty(organisation, id, recipient, "investigations.duty.opened", due);
            }
        }
        events.publishEvent(new CaseOpened(organisation, id, reference, List.copyOf(staffIds), today()));
    }

    // Reading

    /** The cases the user may read, newest first. */
    @Transactional(readOnly = true)
    public List<CaseRow> readable(KompasUser user, @Nullable CaseStatus status) {
        if (CaseAccess.readsAll(user)) {
            return cases.list(user.organisationId(), null, status);
        }
        if (user.can(InvestigationPermissions.INVESTIGATE)) {
            return cases.list(user.organisationId(), user.id(), status);
        }
        return List.of();
    }

    /** That cases exist, for roles that must know (reference, bureau, status, dates); no content. */
    @Transactional(readOnly = true)
    public List<CaseRow> register(KompasUser user) {
        if (!user.can(InvestigationPermissions.REGISTER) && !CaseAccess.readsAll(user)) {
            throw new AccessDeniedException("investigations.register");
        }
        return cases.list(user.organisationId(), null, null).stream().map(CaseService::existenceOnly).toList();
    }

    private static CaseRow existenceOnly(CaseRow r) {
        return new CaseRow(r.id(), r.organisationId(), r.reference(), r.bureau(), r.origin(), null, null, r.status(),
                null, r.openedOn(), r.receivedOn(), null, null, null, null, List.of(), List.of(), null, false, false,
                false, false, null, null,
                null, null, null, null, null, List.of(), List.of(), null, null, null, false, r.closedOn(), null, null,
                0, r.purged());
    }

    /** One case, recorded in the audit trail as read. */
    public CaseView view(KompasUser user, UUID id) {
        CaseRow row = readableCase(user, id);
        trail.read(RECORD_TYPE, id, row.reference());
        var org = user.organisationId();
        var settings = cases.settings(org);
        var duties = cases.duties(org, id);
        var steps = cases.steps(org, id);
        var deadlines = CaseDeadlines.of(facts(row, duties), workingDays.calendar(org), settings);
        var staffList = cases.staff(org, id);
        var findings = row.track() == null ? List.<TriageRules.Finding>of() : TriageRules.check(situation(row,
                row.track(), staffList.size()));
        var readers = trail.historyOf(org, RECORD_TYPE, id).stream().filter(e -> e.action().equals("read"))
                .toList();
        return new CaseView(row, staffList, cases.assignments(org, id), steps, cases.documents(org, id),
                cases.measures(org, id), duties, deadlines, readers, findings);
    }

    /** The deadlines of the readable open cases that lapsed or are near, for the list's flags. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<CaseDeadlines.Deadline>> flags(KompasUser user, List<CaseRow> rows) {
        var org = user.organisationId();
        var calendar = workingDays.calendar(org);
        var settings = cases.settings(org);
        var flags = new LinkedHashMap<UUID, List<CaseDeadlines.Deadline>>();
        for (CaseRow row : rows) {
            var due = deadlines(org, row, calendar, settings).stream().filter(d -> d.lapsed(today())
                    || d.near(today(), calendar, settings.warningWorkingDays())).toList();
            if (!due.isEmpty()) {
                flags.put(row.id(), due);
            }
        }
        return flags;
    }

    List<CaseDeadlines.Deadline> deadlines(OrganisationId org, CaseRow row, be.kompas.calendar.WorkingCalendar calendar,
            InvestigationSettings settings) {
        return CaseDeadlines.of(facts(row, cases.duties(org, row.id())), calendar, settings);
    }

    private static CaseDeadlines.Facts facts(CaseRow row, List<CaseParts.Duty> duties) {
        return new CaseDeadlines.Facts(row.origin(), row.status(), row.track(), row.openedOn(), row.receivedOn(),
                row.acknowledgedOn(), row.triagedOn(), row.decidedOn(), duties.stream()
                        .filter(d -> d.recipient() != Recipient.STAFF_MEMBER).allMatch(d -> d.sentOn() != null),
                row.extension() == null ? 0 : row.extension().weeks());
    }

    private CaseRow readableCase(KompasUser user, UUID id) {
        return cases.find(user.organisationId(), id).filter(r -> !r.purged()).filter(r -> access.mayRead(user, r))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** A case the user may work on: readable, and not closed. */
    private CaseRow workable(KompasUser user, UUID id) {
        CaseRow row = readableCase(user, id);
        if (!row.open()) {
            throw InvalidInputException.of("status", "investigations.invalid.closed");
        }
        return row;
    }

    private CaseRow decidable(KompasUser user, UUID id) {
        if (!user.can(InvestigationPermissions.DECIDE)) {
            throw new AccessDeniedException("investigations.decide");
        }
        return workable(user, id);
    }

    // Triage

    @Override
    public void triage(KompasUser user, UUID id, String facts, List<String> factCodes, List<String> riskFamilies,
            @Nullable String advice, boolean logging, boolean criminal, boolean media, boolean measures) {
        CaseRow row = workable(user, id);
        if (facts.isBlank()) {
            throw InvalidInputException.of("facts", "investigations.invalid.facts");
        }
        cases.triage(user.organisationId(), id, facts.strip(), factCodes, riskFamilies, blankToNull(advice), logging,
                criminal, media, measures);
        trail.wrote("investigations.case.triaged", RECORD_TYPE, id, row.reference());
    }

    /** What the rules say about a track for this case, before choosing it. */
    @Transactional(readOnly = true)
    public List<TriageRules.Finding> check(KompasUser user, UUID id, Track track) {
        CaseRow row = readableCase(user, id);
        return TriageRules.check(situation(row, track, cases.staff(user.organisationId(), id).size()));
    }

    private static TriageRules.Situation situation(CaseRow row, Track track, int staffCount) {
        return new TriageRules.Situation(track, row.bureau(), staffCount, row.loggingNeeded(),
                row.criminalElements(), row.mediaSensitive(), row.measuresExpected());
    }

    /**
     * The competent authority's choice of track. A blocking finding refuses it; warnings need a reason that overrides
     * them.
     *
     * @throws InvalidInputException {@code track} with the first blocking finding, or {@code reason} when warnings
     *     are not overridden
     */
    @Override
    public void chooseTrack(KompasUser user, UUID id, Track track, @Nullable String reason) {
        CaseRow row = decidable(user, id);
        if (row.status() != CaseStatus.TRIAGE) {
            throw InvalidInputException.of("track", "investigations.invalid.triaged");
        }
        if (row.facts() == null) {
            throw InvalidInputException.of("facts", "investigations.invalid.facts");
        }
        var findings = TriageRules.check(situation(row, track, cases.staff(user.organisationId(), id).size()));
        findings.stream().filter(TriageRules.Finding::blocking).findFirst().ifPresent(f -> {
            throw InvalidInputException.of("track", "investigations.rule." + f.code());
        });
        if (!findings.isEmpty() && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "investigations.invalid.overrideReason");
        }
        cases.chooseTrack(user.organisationId(), id, track, blankToNull(reason), today(), user.username());
        if (track == Track.JUDICIAL_INVESTIGATION || track == Track.REFERRAL_TO_JUDICIAL_AUTHORITIES) {
            cases.addDuty(user.organisationId(), id, Recipient.PROSECUTOR, "investigations.duty.judicial",
                    workingDays.addWorkingDays(user.organisationId(), today(), 2));
        }
        trail.wrote("investigations.case.track", RECORD_TYPE, id, track.name());
    }

    // People on the case

    /** Investigators who may be assigned, by role; the rules are checked on assignment. */
    @Transactional(readOnly = true)
    public List<UserSummary> investigators(KompasUser user) {
        var found = new LinkedHashMap<UUID, UserSummary>();
        INVESTIGATOR_ROLES.forEach(role -> users.withRole(user.organisationId(), role)
                .forEach(u -> found.putIfAbsent(u.id(), u)));
        return List.copyOf(found.values());
    }

    /**
     * Assigns an investigator. Never one the case concerns, one of their team, one who declared a conflict with a
     * person concerned, nor the manager who runs a performance process with a person concerned; Bureau Tucht's officers
     * work on its cases, Intern Toezicht's on theirs, and a line manager only on a line track.
     */
    @Override
    public void assign(KompasUser user, UUID id, UUID investigatorId) {
        if (!user.can(InvestigationPermissions.OVERSEE)) {
            throw new AccessDeniedException("investigations.assign");
        }
        CaseRow row = workable(user, id);
        var org = user.organisationId();
        UserSummary investigator = investigators(user).stream().filter(u -> u.id().equals(investigatorId))
                .findFirst().orElseThrow(() -> InvalidInputException.of("investigator",
                        "investigations.invalid.investigator"));
        var roles = Set.copyOf(investigator.roles());
        boolean fits = switch (row.bureau()) {
            case INTERNAL_OVERSIGHT -> roles.contains(Roles.OVERSIGHT_INVESTIGATOR)
                    || roles.contains(Roles.INTEGRITY_DEPARTMENT);
            case DISCIPLINE -> roles.contains(Roles.DISCIPLINE_OFFICER);
        } || (roles.contains(Roles.LINE_MANAGER) && (row.track() == Track.LINE_INVESTIGATION
                || row.track() == Track.LINE_CONVERSATION));
        if (!fits) {
            throw InvalidInputException.of("investigator", "investigations.invalid.bureau");
        }
        UUID own = investigator.staffMemberId();
        if (own != null) {
            var ownUnit = staff.find(org, new StaffMemberId(own)).map(m -> m.unitId().value()).orElse(null);
            for (Concerned concerned : cases.staff(org, id)) {
                if (own.equals(concerned.staffId())) {
                    throw InvalidInputException.of("investigator", "investigations.invalid.self");
                }
                if (ownUnit != null && (ownUnit.equals(concerned.unitId()) || ownUnit.equals(currentUnit(org,
                        concerned)))) {
                    throw InvalidInputException.of("investigator", "investigations.invalid.ownTeam");
                }
                if (concerned.staffId() != null && cases.conflict(org, investigatorId, concerned.staffId())) {
                    throw InvalidInputException.of("investigator", "investigations.invalid.conflict");
                }
                if (own.equals(concerned.performanceManager())) {
                    throw InvalidInputException.of("investigator", "investigations.invalid.performanceProcess");
                }
            }
        }
        cases.assign(org, id, investigatorId, investigator.username(), displayName(investigator), clock.instant());
        trail.wrote("investigations.case.assigned", RECORD_TYPE, id, investigator.username());
    }

    private static String displayName(UserSummary user) {
        return user.username();
    }

    private @Nullable UUID currentUnit(OrganisationId org, Concerned concerned) {
        return concerned.staffId() == null ? null : staff.find(org, new StaffMemberId(concerned.staffId()))
                .map(m -> m.unitId().value()).orElse(null);
    }

    /** An investigator declares a conflict of interest with a staff member; they are never assigned to them. */
    public void declareConflict(KompasUser user, String personnelNumber, @Nullable String reason) {
        if (!user.can(InvestigationPermissions.INVESTIGATE) && !user.can(InvestigationPermissions.OVERSEE)) {
            throw new AccessDeniedException("investigations.conflict");
        }
        var member = staff.findByPersonnelNumber(user.organisationId(), personnelNumber.strip())
                .orElseThrow(() -> InvalidInputException.of("personnelNumber", "investigations.invalid.staff"));
        cases.declareConflict(user.organisationId(), user.id(), member.id().value(), blankToNull(reason),
                clock.instant());
        trail.wrote("investigations.conflict.declared", "investigations.conflict", member.id(), user.username());
    }

    public void addStaff(KompasUser user, UUID id, String personnelNumber) {
        CaseRow row = workable(user, id);
        var member = staff.findByPersonnelNumber(user.organisationId(), personnelNumber.strip())
                .orElseThrow(() -> InvalidInputException.of("personnelNumber", "investigations.invalid.staff"));
        if (cases.staff(user.organisationId(), id).stream().anyMatch(s -> member.id().value().equals(s.staffId()))) {
            return;
        }
        for (var assignment : cases.assignments(user.organisationId(), id)) {
            users.find(user.organisationId(), assignment.userId()).map(UserSummary::staffMemberId)
                    .filter(member.id().value()::equals).ifPresent(s -> {
                        throw InvalidInputException.of("personnelNumber", "investigations.invalid.assignedConcerned");
                    });
        }
        link(user.organisationId(), id, member);
        trail.wrote("investigations.case.staff", RECORD_TYPE, id, member.personnelNumber());
        if (row.status() == CaseStatus.TRIAGE) {
            events.publishEvent(new CaseOpened(user.organisationId(), id, row.reference(),
                    List.of(member.id().value()), row.openedOn()));
        }
    }

    /**
     * Records who runs a performance process with a staff member concerned; that manager may then not investigate the
     * case (domain.md 5.2), so an assigned investigator cannot be recorded either.
     */
    public void performanceProcess(KompasUser user, UUID id, UUID concernedId, String managerNumber) {
        workable(user, id);
        var org = user.organisationId();
        var manager = staff.findByPersonnelNumber(org, managerNumber.strip())
                .orElseThrow(() -> InvalidInputException.of("manager", "investigations.invalid.staff"));
        for (var assignment : cases.assignments(org, id)) {
            if (users.find(org, assignment.userId()).map(UserSummary::staffMemberId)
                    .filter(manager.id().value()::equals).isPresent()) {
                throw InvalidInputException.of("manager", "investigations.invalid.performanceProcess");
            }
        }
        cases.performanceManager(org, id, concernedId, manager.id().value());
        trail.wrote("investigations.case.performance", RECORD_TYPE, id, manager.personnelNumber());
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> concerned(KompasUser user, UUID id) {
        readableCase(user, id);
        return cases.staff(user.organisationId(), id).stream().map(Concerned::id).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> openDuties(KompasUser user, UUID id) {
        readableCase(user, id);
        return cases.duties(user.organisationId(), id).stream().filter(d -> d.sentOn() == null)
                .map(CaseParts.Duty::id).toList();
    }

    // Track steps

    /** The announcement to a staff member, generated from the template in their organisation's language. */
    @Override
    public UUID announce(KompasUser user, UUID id, UUID concernedId, LocalDate hearingOn, Locale locale) {
        CaseRow row = tracked(user, id);
        Concerned concerned = concerned(user, id, concernedId);
        String text = announcement(row, concerned, hearingOn, locale);
        UUID step = cases.addStep(user.organisationId(), id, "ANNOUNCEMENT", today(), concerned.staffId(), text, null,
                user.username(), clock.instant());
        trail.wrote("investigations.case.announced", RECORD_TYPE, id, concerned.personnelNumber());
        return step;
    }

    /** The announcement as the template renders it, to show before it is sent. */
    @Transactional(readOnly = true)
    public String announcement(CaseRow row, Concerned concerned, LocalDate hearingOn, Locale locale) {
        String track = messages.getMessage("investigations.track." + Objects.requireNonNull(row.track()), null,
                locale);
        String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(locale).format(hearingOn);
        return messages.getMessage("investigations.announcement.template", new Object[] { concerned.name(),
                row.reference(), track, date, row.facts() == null ? "" : row.facts() }, locale);
    }

    /** A hearing with the verbatim report and the representative, for the staff member to sign. */
    @Override
    public UUID hearing(KompasUser user, UUID id, UUID concernedId, LocalDate on, String verbatim,
            @Nullable String representative) {
        tracked(user, id);
        Concerned concerned = concerned(user, id, concernedId);
        if (verbatim.isBlank()) {
            throw InvalidInputException.of("verbatim", "investigations.invalid.verbatim");
        }
        boolean announced = cases.steps(user.organisationId(), id).stream().anyMatch(s -> s.kind().equals(
                "ANNOUNCEMENT") && Objects.equals(s.staffId(), concerned.staffId()));
        if (!announced) {
            throw InvalidInputException.of("hearing", "investigations.invalid.notAnnounced");
        }
        UUID step = cases.addStep(user.organisationId(), id, "HEARING", on, concerned.staffId(), verbatim.strip(),
                blankToNull(representative), user.username(), clock.instant());
        trail.wrote("investigations.case.heard", RECORD_TYPE, id, concerned.personnelNumber());
        return step;
    }

    /**
     * Advice (VIK network, labour affairs for Dutch units), a line settlement, a note, or the acknowledgement to the
     * reporter. The acknowledgement is due 7 days after receipt, before the track is decided as a rule, so it needs no
     * track; the first one is the day the feedback term counts from.
     */
    public void addStep(KompasUser user, UUID id, String kind, String text) {
        boolean acknowledgement = kind.equals("ACKNOWLEDGEMENT");
        CaseRow row = acknowledgement ? workable(user, id) : tracked(user, id);
        if (!List.of("ADVICE", "LABOUR_AFFAIRS_ADVICE", "LINE_SETTLEMENT", "NOTE", "ACKNOWLEDGEMENT").contains(kind)) {
            throw InvalidInputException.of("kind", "investigations.invalid.kind");
        }
        if (kind.equals("LINE_SETTLEMENT") && row.track() != Track.LINE_INVESTIGATION
                && row.track() != Track.LINE_CONVERSATION) {
            throw InvalidInputException.of("kind", "investigations.invalid.lineSettlement");
        }
        if (text.isBlank()) {
            throw InvalidInputException.of("text", "investigations.invalid.text");
        }
        cases.addStep(user.organisationId(), id, kind, today(), null, text.strip(), null, user.username(),
                clock.instant());
        if (acknowledgement) {
            cases.acknowledged(user.organisationId(), id, today());
        }
        trail.wrote("investigations.case.step", RECORD_TYPE, id, kind);
    }

    /**
     * Extends the 20-week investigation term of a whistleblower report, once, by 1 to 4 weeks with a reason
     * (domain.md 6.1); an assigned investigator or the head of oversight records it while the term runs. It shows in
     * the case's steps and moves the term.
     *
     * @throws InvalidInputException {@code weeks} outside 1 to 4, {@code reason} when blank, {@code extension} when
     *     the case has no such term, it was extended already or the term is over
     */
    public void extend(KompasUser user, UUID id, int weeks, @Nullable String reason) {
        if (!user.can(InvestigationPermissions.INVESTIGATE) && !user.can(InvestigationPermissions.OVERSEE)) {
            throw new AccessDeniedException("investigations.extend");
        }
        CaseRow row = workable(user, id);
        if (row.origin() != Origin.WHISTLEBLOWER) {
            throw InvalidInputException.of("extension", "investigations.invalid.extensionOrigin");
        }
        if (row.extension() != null) {
            throw InvalidInputException.of("extension", "investigations.invalid.extendedAlready");
        }
        if (row.decidedOn() != null || today().isAfter(CaseDeadlines.investigationDue(row.openedOn(), 0))) {
            throw InvalidInputException.of("extension", "investigations.invalid.extensionOver");
        }
        var errors = new LinkedHashMap<String, String>();
        if (weeks < 1 || weeks > CaseDeadlines.MAX_EXTENSION_WEEKS) {
            errors.put("weeks", "investigations.invalid.extensionWeeks");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "investigations.invalid.extensionReason");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String why = Objects.requireNonNull(reason).strip();
        if (cases.extend(user.organisationId(), id, weeks, why, today(), user.username()) == 0) {
            throw InvalidInputException.of("extension", "investigations.invalid.extendedAlready");
        }
        cases.addStep(user.organisationId(), id, "TERM_EXTENSION", today(), null, why, null, user.username(),
                clock.instant());
        trail.wrote("investigations.case.extended", RECORD_TYPE, id, row.reference() + " +" + weeks);
    }

    private CaseRow tracked(KompasUser user, UUID id) {
        CaseRow row = workable(user, id);
        if (row.track() == null) {
            throw InvalidInputException.of("track", "investigations.invalid.noTrack");
        }
        return row;
    }

    private Concerned concerned(KompasUser user, UUID id, UUID concernedId) {
        return cases.staff(user.organisationId(), id).stream().filter(s -> s.id().equals(concernedId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("concerned", "investigations.invalid.staff"));
    }

    /** Stores a document as a new version of its name, with its SHA-256. */
    public void upload(KompasUser user, UUID id, String name, String contentType, byte[] content) {
        CaseRow row = workable(user, id);
        if (name.isBlank() || content.length == 0) {
            throw InvalidInputException.of("file", "investigations.invalid.file");
        }
        String clean = name.strip().replaceAll("[\\\\/]", "_");
        int version = cases.nextVersion(user.organisationId(), id, clean);
        UUID documentId = UUID.randomUUID();
        cases.addDocument(user.organisationId(), id, documentId, clean, version, contentType, content, sha256(content),
                user.username(), clock.instant());
        trail.wrote("investigations.document.stored", RECORD_TYPE, id, clean + " v" + version);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document's content, for a reader of the case or, once the file is opened to them, the staff member. */
    public DocumentFile document(KompasUser user, UUID id, UUID documentId) {
        CaseRow row = cases.find(user.organisationId(), id).filter(r -> !r.purged())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (!access.mayRead(user, row) && !(row.fileOpenToStaff() && access.concerns(user, id))) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        DocumentFile file = cases.documentContent(user.organisationId(), id, documentId)
                .orElseThrow(() -> new RecordNotFoundException("investigations.document", documentId));
        trail.read("investigations.document", documentId, row.reference());
        return file;
    }

    /** Opens the file to the staff members concerned for their defence. */
    public void openFile(KompasUser user, UUID id) {
        CaseRow row = tracked(user, id);
        cases.openFileToStaff(user.organisationId(), id);
        trail.wrote("investigations.case.fileOpened", RECORD_TYPE, id, row.reference());
    }

    // Measures and decision

    @Transactional(readOnly = true)
    public List<Sanction> sanctions() {
        return cases.sanctions();
    }

    /** A precautionary measure (by the chief, any time) or a measure or commendation with the decision. */
    @Override
    public void measure(KompasUser user, UUID id, String code, @Nullable UUID concernedId, LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable String note) {
        CaseRow row = decidable(user, id);
        Sanction sanction = cases.sanctions().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("code", "investigations.invalid.sanction"));
        if (sanction.category().endsWith("_SANCTION")) {
            throw InvalidInputException.of("code", "investigations.invalid.sanctionInDecision");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw InvalidInputException.of("endsOn", "investigations.invalid.endsOn");
        }
        UUID staffId = concernedId == null ? null : concerned(user, id, concernedId).staffId();
        cases.addMeasure(user.organisationId(), id, code, staffId, startsOn, endsOn, blankToNull(note),
                user.username(), clock.instant());
        trail.wrote("investigations.case.measure", RECORD_TYPE, id, code);
        if (!sanction.category().equals("PRECAUTIONARY") && !sanction.category().equals("COMMENDATION")
                && row.status() == CaseStatus.DECIDED) {
            cases.openFileToStaff(user.organisationId(), id);
        }
    }

    /**
     * The competent authority's decision. A sanction must match the outcome; in a Dutch unit a line investigation is
     * decided only after the labour-affairs advice (domain.md 5.2). Publishes {@link CaseDecided} for case law.
     */
    @Override
    public void decide(KompasUser user, UUID id, Outcome outcome, @Nullable String sanctionCode, String text,
            String anonymisedFacts, List<String> aggravating, List<String> mitigating) {
        CaseRow row = decidable(user, id);
        var org = user.organisationId();
        if (row.status() != CaseStatus.IN_PROGRESS) {
            throw InvalidInputException.of("outcome", "investigations.invalid.notInProgress");
        }
        String code = blankToNull(sanctionCode);
        if (outcome == Outcome.LIGHT_SANCTION || outcome == Outcome.HEAVY_SANCTION
                || outcome == Outcome.NON_DISCIPLINARY_MEASURE) {
            String category = outcome == Outcome.NON_DISCIPLINARY_MEASURE ? "NON_DISCIPLINARY" : outcome.name();
            if (code == null || cases.sanctions().stream().noneMatch(s -> s.code().equals(code)
                    && s.category().equals(category))) {
                throw InvalidInputException.of("sanction", "investigations.invalid.sanction");
            }
        }
        else if (code != null) {
            throw InvalidInputException.of("sanction", "investigations.invalid.noSanction");
        }
        if (text.isBlank()) {
            throw InvalidInputException.of("text", "investigations.invalid.text");
        }
        boolean dutch = organisations.get(org).kind() == OrganisationKind.DUTCH_UNIT;
        if (dutch && row.track() == Track.LINE_INVESTIGATION && cases.steps(org, id).stream()
                .noneMatch(s -> s.kind().equals("LABOUR_AFFAIRS_ADVICE"))) {
            throw InvalidInputException.of("outcome", "investigations.invalid.labourAffairsAdvice");
        }
        String anonymised = anonymisedFacts.isBlank() ? "" : anonymisedFacts.strip();
        cases.decide(org, id, outcome, code, text.strip(), anonymised, aggravating, mitigating, today(),
                user.username());
        if (code != null && outcome != Outcome.REFERRED) {
            cases.addMeasure(org, id, code, null, today(), null, null, user.username(), clock.instant());
        }
        if (outcome.breach() || outcome == Outcome.REFERRED) {
            // A measure or discipline gives the person concerned access to the file (domain.md 1.4).
            cases.openFileToStaff(org, id);
        }
        // Outcomes are told also when no breach was found (domain.md 5.3).
        cases.addDuty(org, id, Recipient.STAFF_MEMBER, "investigations.duty.outcome",
                workingDays.addWorkingDays(org, today(), 5));
        if (row.origin() == Origin.WHISTLEBLOWER && outcome.breach()) {
            cases.addDuty(org, id, Recipient.HIERARCHICAL_SUPERIOR, "investigations.duty.whistleblower",
                    today().plusWeeks(2));
        }
        if (row.origin() == Origin.COMPLAINT) {
            cases.addDuty(org, id, Recipient.COMPLAINANT, "investigations.duty.complainant",
                    workingDays.addWorkingDays(org, today(), 5));
        }
        if (organisations.get(org).kind() != OrganisationKind.DUTCH_UNIT) {
            for (Recipient recipient : List.of(Recipient.MAYOR, Recipient.COMITE_P, Recipient.AIG)) {
                cases.addDuty(org, id, recipient, "investigations.duty.decided",
                        workingDays.addWorkingDays(org, today(), cases.settings(org).informWorkingDays()));
            }
        }
        trail.wrote("investigations.case.decided", RECORD_TYPE, id, outcome.name());
        events.publishEvent(new CaseDecided(org, id, row.reference(), Objects.requireNonNull(row.track()),
                row.factCodes(), row.riskFamilies(), anonymised, List.copyOf(aggravating), List.copyOf(mitigating),
                outcome.name(), code, today()));
    }

    // Information duties and closing

    /** Marks an information duty as fulfilled; one addressed to the staff member records that they were told. */
    @Override
    public void sent(KompasUser user, UUID id, UUID dutyId, @Nullable String recipientName) {
        CaseRow row = readableCase(user, id);
        var duty = cases.duties(user.organisationId(), id).stream().filter(d -> d.id().equals(dutyId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("investigations.duty", dutyId));
        if (cases.markSent(user.organisationId(), id, dutyId, today(), user.username(),
                blankToNull(recipientName)) == 0) {
            return;
        }
        if (duty.recipient() == Recipient.STAFF_MEMBER) {
            cases.outcomeInformed(user.organisationId(), id, today());
        }
        trail.wrote("investigations.duty.sent", RECORD_TYPE, id, duty.recipient().name());
        String subject = messages.getMessage(duty.subject(), new Object[] { row.reference() }, duty.subject(),
                Locale.forLanguageTag("nl"));
        events.publishEvent(new InformationDutySent(user.organisationId(), id, row.reference(), duty.recipient(),
                subject, today()));
        if (duty.recipient() == Recipient.AIG) {
            // The AIG analyst reads it in the inspectorate's own inbox: the zone and the reference, no content.
            notifications.sendToInspectorate(duty.subject() + ".aig", List.of(organisations.get(
                    user.organisationId()).name(), row.reference()), "/investigations/national",
                    "investigation-duty:" + dutyId);
        }
    }

    /** Closes a decided case (or one without further action) once the staff member was told the outcome. */
    @Override
    public void close(KompasUser user, UUID id) {
        CaseRow row = decidable(user, id);
        var org = user.organisationId();
        boolean withoutAction = row.track() == Track.NO_FURTHER_ACTION && row.status() == CaseStatus.IN_PROGRESS;
        if (row.status() != CaseStatus.DECIDED && !withoutAction) {
            throw InvalidInputException.of("status", "investigations.invalid.notDecided");
        }
        if (!withoutAction && row.outcomeInformedOn() == null && row.staffCount() > 0) {
            throw InvalidInputException.of("status", "investigations.invalid.notInformed");
        }
        String retention = retentionClass(row, cases.measures(org, id));
        cases.close(org, id, today(), retention);
        trail.wrote("investigations.case.closed", RECORD_TYPE, id, row.reference());
        Outcome outcome = row.outcome();
        boolean breach = outcome != null && outcome.breach();
        String sanction = outcome == Outcome.LIGHT_SANCTION || outcome == Outcome.HEAVY_SANCTION
                ? row.sanctionCode() : null;
        events.publishEvent(new CaseClosed(org, id, row.reference(), Objects.requireNonNull(row.track()),
                cases.staff(org, id).stream().map(Concerned::staffId).filter(Objects::nonNull).toList(), breach,
                sanction, row.origin() == Origin.COMPLAINT || row.origin() == Origin.DUTY_TO_ACT
                        || row.origin() == Origin.WHISTLEBLOWER,
                today()));
    }

    /** Which retention applies (domain.md 5.1): judicial, disciplinary, measure, work note, or none. */
    static String retentionClass(CaseRow row, List<CaseParts.Measure> measures) {
        if (row.track() == Track.JUDICIAL_INVESTIGATION || row.track() == Track.REFERRAL_TO_JUDICIAL_AUTHORITIES
                || row.outcome() == Outcome.REFERRED) {
            return "judicial";
        }
        if (row.outcome() == Outcome.LIGHT_SANCTION || row.outcome() == Outcome.HEAVY_SANCTION) {
            return "disciplinary";
        }
        if (measures.stream().anyMatch(m -> m.code().equals("WORK_NOTE"))) {
            return "work-note";
        }
        if (!measures.isEmpty() && measures.stream().anyMatch(m -> !m.category().equals("COMMENDATION"))) {
            return "measure";
        }
        return "none";
    }

    // The staff member concerned

    /** The cases concerning the user that were announced to them. */
    @Transactional(readOnly = true)
    public List<CaseRow> mine(KompasUser user) {
        if (user.staffMemberId() == null) {
            return List.of();
        }
        return cases.concerning(user.organisationId(), user.staffMemberId()).stream().filter(r -> !r.purged())
                .filter(r -> announcedTo(user, r.id())).toList();
    }

    private boolean announcedTo(KompasUser user, UUID caseId) {
        return cases.steps(user.organisationId(), caseId).stream().anyMatch(s -> s.kind().equals("ANNOUNCEMENT")
                && user.staffMemberId() != null && user.staffMemberId().equals(s.staffId()));
    }

    /** The staff member's view of their own case; before the announcement it does not exist for them. */
    public StaffCaseView mine(KompasUser user, UUID id) {
        CaseRow row = cases.find(user.organisationId(), id).filter(r -> !r.purged())
                .filter(r -> access.concerns(user, id) && announcedTo(user, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        trail.read(RECORD_TYPE, id, row.reference());
        var steps = cases.steps(user.organisationId(), id).stream()
                .filter(s -> Objects.equals(s.staffId(), user.staffMemberId())).toList();
        var documents = row.fileOpenToStaff() ? cases.documents(user.organisationId(), id)
                : List.<CaseParts.Document>of();
        return new StaffCaseView(row, steps, documents, row.outcomeInformedOn() != null);
    }

    /** The staff member signs the report of their own hearing, through their own login. */
    public void sign(KompasUser user, UUID id, UUID stepId) {
        mine(user, id);
        if (user.staffMemberId() == null || cases.sign(user.organisationId(), id, stepId, user.staffMemberId(),
                clock.instant()) == 0) {
            throw InvalidInputException.of("step", "investigations.invalid.signature");
        }
        trail.wrote("investigations.hearing.signed", RECORD_TYPE, id, user.username());
    }

    // Settings

    @Transactional(readOnly = true)
    public InvestigationSettings settings(KompasUser user) {
        return cases.settings(user.organisationId());
    }

    public void saveSettings(KompasUser user, InvestigationSettings settings) {
        if (!user.can(InvestigationPermissions.OVERSEE)) {
            throw new AccessDeniedException("investigations.settings");
        }
        if (settings.triageWorkingDays() < 1 || settings.informWorkingDays() < 1
                || settings.investigationWorkingDays() < 1 || settings.decisionWorkingDays() < 1
                || settings.warningWorkingDays() < 0) {
            throw InvalidInputException.of("settings", "investigations.invalid.settings");
        }
        cases.saveSettings(user.organisationId(), settings);
        trail.wrote("investigations.settings.changed", "investigations.settings", user.organisationId(), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
