package be.kompas.complaints.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.calendar.WorkingDays;
import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintAttachment;
import be.kompas.complaints.ComplaintAssignedToOversight;
import be.kompas.complaints.ComplaintDetails;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.complaints.ComplaintPermissions;
import be.kompas.complaints.ComplaintQuery;
import be.kompas.complaints.ComplaintReceived;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintSummary;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.DutyOccasion;
import be.kompas.complaints.FactCode;
import be.kompas.complaints.InvolvedStaff;
import be.kompas.complaints.NewComplaint;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.PublicReceipt;
import be.kompas.complaints.Route;
import be.kompas.complaints.ServiceLevel;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.UnitId;
import be.kompas.people.Units;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@Service
@Transactional
class ComplaintService implements ComplaintManagement {

    static final String RECORD_TYPE = "complaint";
    /** Reads of a list of complaints (the inbox, one's own), one entry per page shown. */
    static final String LIST_TYPE = "complaint-list";
    /** The history's actor for what a citizen did on the public form. */
    static final String PUBLIC_ACTOR = "public";
    private static final int MAX_TEXT = 10_000;
    private static final int MAX_FIELD = 500;
    /** The possible duplicates a complaint's page proposes at most, the most recent first. */
    static final int MAX_DUPLICATES = 20;

    private final ComplaintRepository complaints;
    private final ComplaintAttachments attachments;
    private final AttachmentCleaner cleaner;
    private final Organisations organisations;
    private final WorkingDays workingDays;
    private final StaffDirectory staff;
    private final Units units;
    private final Letters letters;
    private final InformationDutyService duties;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ComplaintAttachments attachments, AttachmentCleaner cleaner,
            Organisations organisations, WorkingDays workingDays,
            StaffDirectory staff, Units units, Letters letters, InformationDutyService duties, AuditTrail trail,
            ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.cleaner = cleaner;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.staff = staff;
        this.units = units;
        this.letters = letters;
        this.duties = duties;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PublicReceipt submit(String organisationCode, NewComplaint complaint,
            List<AttachmentCleaner.Upload> files) {
        var organisation = organisations.findByCode(organisationCode)
                .orElseThrow(() -> new RecordNotFoundException("organisation", organisationCode));
        // Files are cleaned before anything is stored, so a refused file leaves no item behind.
        var cleaned = cleaner.cleanAll(files, 0);
        var item = new NewComplaint(complaint.kind(), Channel.ONLINE_FORM, today(), complaint.description(),
                complaint.occurredOn(), complaint.occurredTime(), complaint.location(), complaint.involvedStaff(),
                complaint.contact(), complaint.anonymous(), complaint.language());
        var id = insert(organisation, item, PUBLIC_ACTOR);
        trail.record(new AuditEvent(organisation.id(), PUBLIC_ACTOR, "complaints.received", RECORD_TYPE,
                id.toString(), null, null));
        var stored = cleaned.stream().map(file -> attachments.store(organisation.id(), id, file)).toList();
        if (!stored.isEmpty()) {
            complaints.history(organisation.id(), id, clock.instant(), PUBLIC_ACTOR, "attached", files(stored));
        }
        var row = load(organisation.id(), id);
        String letter = acknowledge(organisation, row, PUBLIC_ACTOR);
        return new PublicReceipt(row.summary().reference(), letter, stored);
    }

    @Override
    public List<ComplaintAttachment> attach(KompasUser user, ComplaintId id, List<AttachmentCleaner.Upload> files) {
        var row = handle(user, id);
        if (files.isEmpty()) {
            throw InvalidInputException.of("attachments", "choose at least one file");
        }
        var cleaned = cleaner.cleanAll(files, attachments.count(user.organisationId(), id));
        var stored = cleaned.stream().map(file -> attachments.store(user.organisationId(), id, file)).toList();
        step(user, id, "attached", files(stored));
        trail.wrote("complaints.attached", RECORD_TYPE, id, row.contact().name());
        return stored;
    }

    private static String files(List<ComplaintAttachment> stored) {
        return stored.stream().map(ComplaintAttachment::filename).collect(Collectors.joining(", "));
    }

    @Override
    public ComplaintAttachment.Content attachment(KompasUser user, ComplaintId id, UUID attachmentId) {
        var row = handle(user, id);
        var content = attachments.content(user.organisationId(), id, attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("complaint-attachment", attachmentId));
        trail.read(RECORD_TYPE, id, row.contact().name());
        return content;
    }

    @Override
    public ComplaintId register(KompasUser user, NewComplaint complaint) {
        require(user, ComplaintPermissions.HANDLE);
        if (complaint.receivedOn().isAfter(today())) {
            throw InvalidInputException.of("receivedOn", "is in the future");
        }
        var organisation = organisations.get(user.organisationId());
        var id = insert(organisation, complaint, user.displayName());
        trail.wrote("complaints.registered", RECORD_TYPE, id, complaint.contact().name());
        return id;
    }

    private ComplaintId insert(Organisation organisation, NewComplaint item, String actor) {
        check(item);
        var id = new ComplaintId(UUID.randomUUID());
        var level = complaints.serviceLevel(organisation.id());
        var calendar = workingDays.calendar(organisation.id());
        String reference = complaints.nextReference(organisation.id(), organisation.code(),
                item.receivedOn().getYear());
        complaints.insert(organisation.id(), id, reference, item,
                calendar.addWorkingDays(item.receivedOn(), level.acknowledgeDays()),
                calendar.addWorkingDays(item.receivedOn(), level.answerDays()), clock.instant());
        complaints.history(organisation.id(), id, clock.instant(), actor, "received", item.channel().name());
        duties.arise(organisation.id(), id, DutyOccasion.RECEIVED);
        events.publishEvent(new ComplaintReceived(organisation.id(), id, item.kind(), item.channel()));
        return id;
    }

    private void check(NewComplaint item) {
        var problems = new HashMap<String, String>();
        if (item.description().isBlank()) {
            problems.put("description", "is required");
        }
        else if (item.description().length() > MAX_TEXT) {
            problems.put("description", "is longer than " + MAX_TEXT + " characters");
        }
        if (item.occurredOn() != null && item.occurredOn().isAfter(today())) {
            problems.put("occurredAt", "is in the future");
        }
        tooLong(problems, "location", item.location());
        tooLong(problems, "involvedStaff", item.involvedStaff());
        var contact = item.contact();
        tooLong(problems, "contact.name", contact.name());
        tooLong(problems, "contact.phone", contact.phone());
        tooLong(problems, "contact.address", contact.address());
        if (contact.email() != null && !contact.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("contact.email", "is not an e-mail address");
        }
        refuseIfAny(problems);
    }

    private static void tooLong(Map<String, String> problems, String field, @Nullable String value) {
        if (value != null && value.length() > MAX_FIELD) {
            problems.put(field, "is longer than " + MAX_FIELD + " characters");
        }
    }

    /** The page read is one entry in the audit trail with the filter, the page and the ids on it. */
    @Override
    public Page<ComplaintSummary> inbox(KompasUser user, ComplaintQuery query, PageRequest page) {
        requireReader(user);
        var found = complaints.search(user.organisationId(), query, today(), page);
        listed(user, "inbox", query.parameters() + " page=" + page.page() + " size=" + page.size() + " total="
                + found.total(), found.content());
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public long overdueCount(KompasUser user) {
        requireReader(user);
        return complaints.search(user.organisationId(), new ComplaintQuery(null, null, null, null, null, null, true),
                today(), PageRequest.of(0, 1)).total();
    }

    /** One entry in the audit trail for a list read: which list, its filter, and the ids of the items shown. */
    private void listed(KompasUser user, String list, String filter, List<ComplaintSummary> shown) {
        trail.record(new AuditEvent(user.organisationId(), user.username(), "read", LIST_TYPE, list, null,
                filter.strip() + " shown=" + shown.size() + " ids=" + shown.stream()
                        .map(item -> item.id().toString()).collect(java.util.stream.Collectors.joining(","))));
    }

    @Override
    public ComplaintDetails view(KompasUser user, ComplaintId id) {
        requireReader(user);
        var row = load(user.organisationId(), id);
        boolean handler = user.can(ComplaintPermissions.HANDLE);
        var duplicateOf = row.duplicateOf() == null ? null
                : complaints.find(user.organisationId(), new ComplaintId(row.duplicateOf()), today())
                        .map(ComplaintRepository.Row::summary).orElse(null);
        List<ComplaintSummary> candidates = handler && row.duplicateOf() == null
                ? complaints.lookAlikes(user.organisationId(), id, row.summary().receivedOn(), today(),
                        other -> DuplicateRule.alike(row, other), MAX_DUPLICATES).stream()
                        .map(ComplaintRepository.Row::summary).toList()
                : List.of();
        trail.read(RECORD_TYPE, id, handler ? row.contact().name() : null);
        return new ComplaintDetails(row.summary(), row.description(), row.occurredOn(), row.occurredTime(),
                row.location(), row.involvedText(), row.anonymous(), handler ? row.contact() : null, row.language(),
                row.tags(), row.routeNote(), row.acknowledgement(), row.acknowledgedOn(), row.answer(),
                complaints.involved(user.organisationId(), id), complaints.history(user.organisationId(), id),
                duplicateOf, candidates, handler ? attachments.list(user.organisationId(), id) : List.of(),
                duties.ofComplaint(user.organisationId(), id));
    }

    @Override
    public void acknowledge(KompasUser user, ComplaintId id) {
        var row = handle(user, id);
        if (row.acknowledgedOn() != null) {
            throw InvalidInputException.of("acknowledgedOn", "is already set");
        }
        acknowledge(organisations.get(user.organisationId()), row, user.displayName());
        trail.wrote("complaints.acknowledged", RECORD_TYPE, id, row.contact().name());
    }

    /** Writes the acknowledgement when there is an address to write to; the item counts as acknowledged either way. */
    private @Nullable String acknowledge(Organisation organisation, ComplaintRepository.Row row, String actor) {
        var summary = row.summary();
        String letter = row.contact().canBeWritten() ? letters.acknowledgement(Locale.forLanguageTag(row.language()),
                organisation.name(), summary.reference(), summary.kind(), row.contact(), summary.receivedOn(),
                summary.answerDue()) : null;
        complaints.acknowledge(organisation.id(), summary.id(), letter, today());
        complaints.history(organisation.id(), summary.id(), clock.instant(), actor, "acknowledged", null);
        return letter;
    }

    @Override
    public void classify(KompasUser user, ComplaintId id, @Nullable FactCode factCode, Set<ComplaintTag> tags) {
        var row = handle(user, id);
        String code = factCode == null ? null : factCode.code();
        complaints.classify(user.organisationId(), id, code, tags);
        step(user, id, "classified", (code == null ? "-" : code) + (tags.isEmpty() ? "" : " "
                + tags.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        trail.wrote("complaints.classified", RECORD_TYPE, id, row.contact().name());
    }

    @Override
    public void involve(KompasUser user, ComplaintId id, StaffMemberId member) {
        handle(user, id);
        var found = staff.find(user.organisationId(), member)
                .orElseThrow(() -> InvalidInputException.of("staff", "is not a staff member of your organisation"));
        if (complaints.involved(user.organisationId(), id).stream()
                .anyMatch(i -> member.value().equals(i.staffId()))) {
            throw InvalidInputException.of("staff", "is already involved");
        }
        complaints.involve(user.organisationId(), id, new InvolvedStaff(UUID.randomUUID(), member.value(),
                found.personnelNumber(), found.fullName(), found.unitId().value(), found.unitName(), null, null));
        step(user, id, "involved", found.personnelNumber() + " " + found.fullName());
        duties.followRouting(user.organisationId(), id);
        trail.wrote("complaints.staff-involved", RECORD_TYPE, id, found.fullName());
    }

    @Override
    public void involveUnit(KompasUser user, ComplaintId id, UnitId unit) {
        handle(user, id);
        var found = units.find(user.organisationId(), unit)
                .orElseThrow(() -> InvalidInputException.of("unit", "is not a unit of your organisation"));
        complaints.involve(user.organisationId(), id, new InvolvedStaff(UUID.randomUUID(), null, null, null,
                unit.value(), found.name(), null, null));
        step(user, id, "involved", found.name());
        duties.followRouting(user.organisationId(), id);
        trail.wrote("complaints.unit-involved", RECORD_TYPE, id, null);
    }

    @Override
    public void uninvolve(KompasUser user, ComplaintId id, UUID involvedId) {
        handle(user, id);
        var involved = complaints.involved(user.organisationId(), id).stream()
                .filter(i -> i.id().equals(involvedId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("complaint-staff", involvedId));
        complaints.uninvolve(user.organisationId(), id, involvedId);
        step(user, id, "uninvolved", involved.name() == null ? involved.unitName()
                : involved.personnelNumber() + " " + involved.name());
        duties.followRouting(user.organisationId(), id);
        trail.wrote("complaints.staff-uninvolved", RECORD_TYPE, id, involved.name());
    }

    @Override
    public void route(KompasUser user, ComplaintId id, Route route, @Nullable String note) {
        var row = handle(user, id);
        if (row.summary().status() == ComplaintStatus.CLOSED) {
            throw InvalidInputException.of("route", "cannot change on a closed item");
        }
        routeTo(user, row, route, note);
    }

    private void routeTo(KompasUser user, ComplaintRepository.Row row, Route route, @Nullable String note) {
        var id = row.summary().id();
        complaints.route(user.organisationId(), id, route, note);
        String investigators = route == Route.HEAD_OF_SERVICE ? " (" + String.join(", ",
                investigators(user.organisationId(), id)) + ")" : "";
        step(user, id, "routed", route.name() + investigators
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        duties.followRouting(user.organisationId(), id);
        trail.wrote("complaints.routed", RECORD_TYPE, id, row.contact().name());
        if (route == Route.OVERSIGHT) {
            events.publishEvent(new ComplaintAssignedToOversight(user.organisationId(), id, row.summary().reference(),
                    row.summary().factCode(), complaints.involved(user.organisationId(), id).stream()
                            .map(InvolvedStaff::staffId).filter(Objects::nonNull).map(Objects::requireNonNull)
                            .toList()));
        }
    }

    /**
     * Who investigates first under CP3: for each staff member involved, the manager the line-manager rule names (never
     * someone involved); for a unit named alone, its head.
     */
    private List<String> investigators(OrganisationId organisation, ComplaintId id) {
        var involved = complaints.involved(organisation, id);
        var involvedStaff = involved.stream().map(InvolvedStaff::staffId).filter(Objects::nonNull)
                .map(staffId -> new StaffMemberId(Objects.requireNonNull(staffId))).collect(Collectors.toSet());
        var heads = new java.util.LinkedHashSet<StaffMemberId>();
        for (InvolvedStaff member : involved) {
            if (member.staffId() != null) {
                staff.responsibleManager(organisation, new StaffMemberId(member.staffId()), involvedStaff)
                        .ifPresent(heads::add);
            }
            else if (member.unitId() != null) {
                units.find(organisation, new UnitId(member.unitId())).map(unit -> unit.head())
                        .filter(Objects::nonNull).map(Objects::requireNonNull).ifPresent(heads::add);
            }
        }
        return heads.stream().flatMap(head -> staff.find(organisation, head).stream())
                .map(head -> head.fullName()).toList();
    }

    @Override
    public void linkDuplicate(KompasUser user, ComplaintId id, ComplaintId earlier) {
        var row = handle(user, id);
        var other = load(user.organisationId(), earlier);
        if (earlier.equals(id)) {
            throw InvalidInputException.of("earlier", "is the item itself");
        }
        complaints.linkDuplicate(user.organisationId(), id, earlier);
        step(user, id, "linked", other.summary().reference());
        trail.wrote("complaints.linked", RECORD_TYPE, id, row.contact().name());
    }

    @Override
    @Transactional(readOnly = true)
    public String draftAnswer(KompasUser user, ComplaintId id, Outcome outcome) {
        var row = handle(user, id);
        checkOutcome(row.summary().kind(), outcome);
        return letters.answer(Locale.forLanguageTag(row.language()), organisations.get(user.organisationId())
                .name(), row.summary().reference(), row.contact(), row.summary().receivedOn(), outcome);
    }

    @Override
    public void close(KompasUser user, ComplaintId id, Outcome outcome, String answer,
            @Nullable LocalDate closedOn) {
        var row = handle(user, id);
        if (row.summary().status() == ComplaintStatus.CLOSED) {
            throw InvalidInputException.of("outcome", "the item is already closed");
        }
        checkOutcome(row.summary().kind(), outcome);
        if (answer.isBlank() && row.contact().canBeWritten()) {
            throw InvalidInputException.of("answer", "is required when the complainant left an address");
        }
        if (answer.length() > MAX_TEXT) {
            throw InvalidInputException.of("answer", "is longer than " + MAX_TEXT + " characters");
        }
        LocalDate on = closedOn == null ? today() : closedOn;
        if (on.isBefore(row.summary().receivedOn()) || on.isAfter(today())) {
            throw InvalidInputException.of("closedOn", "must lie between the day of receipt and today");
        }
        if (outcome == Outcome.ASSIGNED_TO_DIT && row.summary().route() != Route.OVERSIGHT) {
            routeTo(user, row, Route.OVERSIGHT, null);
        }
        complaints.close(user.organisationId(), id, outcome, answer.isBlank() ? null : answer.strip(), on);
        step(user, id, "closed", outcome.name());
        duties.followRouting(user.organisationId(), id);
        duties.arise(user.organisationId(), id, DutyOccasion.CLOSED);
        trail.wrote("complaints.closed", RECORD_TYPE, id, row.contact().name());
    }

    private static void checkOutcome(ComplaintKind kind, Outcome outcome) {
        if (kind.isComplaint() != outcome.fitsComplaints()) {
            throw InvalidInputException.of("outcome", "does not fit a " + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void forwardCompliment(KompasUser user, ComplaintId id) {
        var row = handle(user, id);
        if (row.summary().kind() != ComplaintKind.COMPLIMENT) {
            throw InvalidInputException.of("kind", "only compliments are forwarded");
        }
        var involved = complaints.involved(user.organisationId(), id).stream()
                .filter(i -> i.staffId() != null).toList();
        if (involved.isEmpty()) {
            throw InvalidInputException.of("staff", "link the staff members first");
        }
        for (InvolvedStaff member : involved) {
            var staffId = new StaffMemberId(Objects.requireNonNull(member.staffId()));
            var manager = staff.responsibleManager(user.organisationId(), staffId, Set.of(staffId));
            complaints.forwarded(user.organisationId(), member.id(), manager.map(StaffMemberId::value).orElse(null),
                    today());
            String managerName = manager.flatMap(m -> staff.find(user.organisationId(), m))
                    .map(m -> m.fullName()).orElse("-");
            step(user, id, "forwarded", member.name() + " / " + managerName);
        }
        trail.wrote("complaints.compliment-forwarded", RECORD_TYPE, id, row.contact().name());
    }

    @Override
    public List<ComplaintSummary> concerning(KompasUser user) {
        require(user, ComplaintPermissions.OWN);
        var found = user.staffMemberId() == null ? List.<ComplaintSummary>of()
                : complaints.concerning(user.organisationId(), user.staffMemberId(), today());
        listed(user, "mine", "", found);
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceLevel serviceLevel(OrganisationId organisation) {
        return complaints.serviceLevel(organisation);
    }

    @Override
    public int changeServiceLevel(KompasUser user, ServiceLevel level) {
        require(user, ComplaintPermissions.HANDLE);
        var problems = new HashMap<String, String>();
        if (level.acknowledgeDays() < 1 || level.acknowledgeDays() > 100) {
            problems.put("acknowledgeDays", "must be between 1 and 100");
        }
        if (level.answerDays() < 1 || level.answerDays() > 365) {
            problems.put("answerDays", "must be between 1 and 365");
        }
        else if (level.answerDays() < level.acknowledgeDays()) {
            problems.put("answerDays", "must not be shorter than the acknowledgement term");
        }
        refuseIfAny(problems);
        var before = complaints.serviceLevel(user.organisationId());
        complaints.saveServiceLevel(user.organisationId(), level);
        trail.wrote("complaints.service-level.changed", "complaint-service-level", user.organisationId(), null);
        if (before.equals(level)) {
            return 0;
        }
        var calendar = workingDays.calendar(user.organisationId());
        int changed = 0;
        for (var open : complaints.openDeadlines(user.organisationId())) {
            var acknowledgeDue = open.acknowledged() ? open.acknowledgeDue()
                    : calendar.addWorkingDays(open.receivedOn(), level.acknowledgeDays());
            var answerDue = calendar.addWorkingDays(open.receivedOn(), level.answerDays());
            if (acknowledgeDue.equals(open.acknowledgeDue()) && answerDue.equals(open.answerDue())) {
                continue;
            }
            complaints.changeDeadlines(user.organisationId(), open.id(), acknowledgeDue, answerDue);
            step(user, open.id(), "deadlines", open.acknowledgeDue() + " / " + open.answerDue() + " \u2192 "
                    + acknowledgeDue + " / " + answerDue);
            changed++;
        }
        return changed;
    }

    @Override
    @Transactional(readOnly = true)
    public int openItems(KompasUser user) {
        require(user, ComplaintPermissions.HANDLE);
        return complaints.openDeadlines(user.organisationId()).size();
    }

    private ComplaintRepository.Row handle(KompasUser user, ComplaintId id) {
        require(user, ComplaintPermissions.HANDLE);
        return load(user.organisationId(), id);
    }

    private ComplaintRepository.Row load(OrganisationId organisation, ComplaintId id) {
        return complaints.find(organisation, id, today()).orElseThrow(() -> new RecordNotFoundException(
                RECORD_TYPE, id));
    }

    private void step(KompasUser user, ComplaintId id, String step, @Nullable String detail) {
        complaints.history(user.organisationId(), id, clock.instant(), user.displayName(), step, detail);
    }

    private static void requireReader(KompasUser user) {
        if (!user.can(ComplaintPermissions.HANDLE) && !user.can(ComplaintPermissions.READ)) {
            throw new AccessDeniedException("No permission to read complaints");
        }
    }

    private static void require(KompasUser user, String permission) {
        if (!user.can(permission)) {
            throw new AccessDeniedException("No permission " + permission);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
