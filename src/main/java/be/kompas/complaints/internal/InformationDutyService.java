package be.kompas.complaints.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.calendar.WorkingDays;
import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintInformationDuties;
import be.kompas.complaints.ComplaintInformationDutySent;
import be.kompas.complaints.ComplaintPermissions;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.DutyOccasion;
import be.kompas.complaints.DutyRecipient;
import be.kompas.complaints.InformationDuty;
import be.kompas.complaints.InvolvedStaff;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.Route;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.notifications.Notifications;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/**
 * Which information duties a complaint's steps give rise to (see {@link DutyOccasion}), their messages and their
 * fulfilment. Compliments, questions, suggestions and tips have none: a compliment is forwarded instead.
 */
@Service
@Transactional
class InformationDutyService implements ComplaintInformationDuties {

    /** The languages with message templates. */
    static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");
    private static final int MAX_TEXT = 10_000;
    private static final String DUTY_LIST = "complaint-duties";

    private final DutyRepository duties;
    private final ComplaintRepository complaints;
    private final Letters letters;
    private final Organisations organisations;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InformationDutyService(DutyRepository duties, ComplaintRepository complaints, Letters letters,
            Organisations organisations, WorkingDays workingDays, Notifications notifications, AuditTrail trail,
            ApplicationEventPublisher events, Clock clock) {
        this.duties = duties;
        this.complaints = complaints;
        this.letters = letters;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    // Which duties apply: called by the complaint's steps

    /**
     * Records the duties that a step gives rise to, due within the acknowledgement term from the day of the step: the
     * day of receipt, or of closing (which may be recorded later).
     */
    void arise(OrganisationId organisation, ComplaintId id, DutyOccasion occasion) {
        var row = load(organisation, id);
        var planned = applicable(organisation, row, occasion);
        var closedOn = row.summary().closedOn();
        var arose = occasion == DutyOccasion.RECEIVED ? row.summary().receivedOn()
                : occasion == DutyOccasion.CLOSED && closedOn != null ? closedOn : today();
        add(organisation, id, planned, arose);
    }

    private void add(OrganisationId organisation, ComplaintId id, List<DutyRepository.Planned> planned,
            LocalDate arose) {
        if (!planned.isEmpty()) {
            duties.add(organisation, id, planned, arose, workingDays.addWorkingDays(organisation, arose,
                    complaints.serviceLevel(organisation).acknowledgeDays()), clock.instant());
        }
    }

    /**
     * Keeps the routing duties in line with the route and the staff involved: under CP3 each service concerned and
     * each colleague involved is told; a duty not yet sent to someone no longer involved, or to anyone once the
     * complaint goes to internal oversight or is closed, is dropped.
     */
    void followRouting(OrganisationId organisation, ComplaintId id) {
        var row = load(organisation, id);
        var planned = row.summary().status() == ComplaintStatus.CLOSED ? List.<DutyRepository.Planned>of()
                : applicable(organisation, row, DutyOccasion.ROUTED);
        duties.dropUnsentExcept(organisation, id, DutyOccasion.ROUTED,
                planned.stream().map(p -> p.recipient() + ":" + p.key()).toList());
        add(organisation, id, planned, today());
    }

    private List<DutyRepository.Planned> applicable(OrganisationId organisation, ComplaintRepository.Row row,
            DutyOccasion occasion) {
        var summary = row.summary();
        var planned = new ArrayList<DutyRepository.Planned>();
        if (!summary.kind().isComplaint()) {
            return planned;
        }
        switch (occasion) {
            case RECEIVED -> {
                // A body that forwarded the complaint knows of it already.
                if (summary.channel() != Channel.COMITE_P) {
                    planned.add(new DutyRepository.Planned(occasion, DutyRecipient.COMITE_P, "", null));
                }
                if (summary.channel() != Channel.AIG) {
                    planned.add(new DutyRepository.Planned(occasion, DutyRecipient.AIG, "", null));
                }
            }
            case ROUTED -> {
                if (summary.route() == Route.HEAD_OF_SERVICE) {
                    planned.addAll(concerned(organisation, row, occasion));
                }
            }
            case CLOSED -> {
                planned.add(new DutyRepository.Planned(occasion, DutyRecipient.COMITE_P, "", null));
                planned.add(new DutyRepository.Planned(occasion, DutyRecipient.AIG, "", null));
                // Internal oversight informs those concerned in the course of its investigation.
                if (summary.outcome() != Outcome.ASSIGNED_TO_DIT) {
                    planned.addAll(concerned(organisation, row, occasion));
                }
            }
        }
        return planned;
    }

    /** The services (units) concerned, once each, and the colleagues involved. */
    private List<DutyRepository.Planned> concerned(OrganisationId organisation, ComplaintRepository.Row row,
            DutyOccasion occasion) {
        var planned = new ArrayList<DutyRepository.Planned>();
        var units = new HashSet<UUID>();
        for (InvolvedStaff member : complaints.involved(organisation, row.summary().id())) {
            if (member.unitId() != null && units.add(member.unitId())) {
                planned.add(new DutyRepository.Planned(occasion, DutyRecipient.SERVICE_CONCERNED,
                        member.unitId().toString(), member.unitName()));
            }
            if (member.staffId() != null || member.name() != null) {
                planned.add(new DutyRepository.Planned(occasion, DutyRecipient.STAFF_MEMBER, member.id().toString(),
                        member.name() == null ? member.personnelNumber() : member.name()));
            }
        }
        return planned;
    }

    // What the coordinator sees and does

    @Override
    public List<InformationDuty> duties(KompasUser user, ComplaintId id) {
        requireReader(user);
        var row = load(user.organisationId(), id);
        trail.read(ComplaintService.RECORD_TYPE, id, user.can(ComplaintPermissions.HANDLE) ? row.contact().name()
                : null);
        return ofComplaint(user.organisationId(), id);
    }

    /** The duties of a complaint for a page that reads the complaint and records that read itself. */
    @Transactional(readOnly = true)
    List<InformationDuty> ofComplaint(OrganisationId organisation, ComplaintId id) {
        return duties.ofComplaint(organisation, id, today());
    }

    @Override
    public Page<InformationDuty> open(KompasUser user, boolean overdueOnly, PageRequest page) {
        requireReader(user);
        trail.read(DUTY_LIST, user.organisationId(), null);
        return duties.open(user.organisationId(), overdueOnly, today(), page);
    }

    @Override
    @Transactional(readOnly = true)
    public OpenCount openCount(KompasUser user) {
        requireReader(user);
        return new OpenCount(duties.countOpen(user.organisationId(), null),
                duties.countOpen(user.organisationId(), today()));
    }

    @Override
    @Transactional(readOnly = true)
    public Locale recipientLanguage(KompasUser user, ComplaintId id, UUID duty) {
        handle(user, id, duty);
        return organisationLanguage(user.organisationId());
    }

    /**
     * Kompas does not know the language of the control bodies or of a staff member; the zone writes to them in its
     * working language.
     */
    private Locale organisationLanguage(OrganisationId organisation) {
        var locale = organisations.get(organisation).locale();
        return LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage())
                : Locale.forLanguageTag("nl");
    }

    @Override
    public String draft(KompasUser user, ComplaintId id, UUID dutyId, @Nullable Locale language) {
        var duty = handle(user, id, dutyId);
        var row = load(user.organisationId(), id);
        var writeIn = language == null ? organisationLanguage(user.organisationId()) : checked(language);
        trail.read(ComplaintService.RECORD_TYPE, id, subject(row, duty));
        return letters.information(writeIn, organisations.get(user.organisationId()).name(), row, duty,
                complaints.involved(user.organisationId(), id));
    }

    @Override
    public InformationDuty markSent(KompasUser user, ComplaintId id, UUID dutyId, String message, Locale language,
            @Nullable LocalDate sentOn) {
        var duty = handle(user, id, dutyId);
        var row = load(user.organisationId(), id);
        var problems = new java.util.HashMap<String, String>();
        if (message.isBlank()) {
            problems.put("message", "is required");
        }
        else if (message.length() > MAX_TEXT) {
            problems.put("message", "is longer than " + MAX_TEXT + " characters");
        }
        if (!LANGUAGES.contains(language.getLanguage())) {
            problems.put("language", "must be one of " + String.join(", ", LANGUAGES.stream().sorted().toList()));
        }
        LocalDate on = sentOn == null ? today() : sentOn;
        if (on.isBefore(duty.aroseOn()) || on.isAfter(today())) {
            problems.put("sentOn", "must lie between the day the duty arose and today");
        }
        if (duty.sent()) {
            problems.put("duty", "was sent already");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        duties.markSent(user.organisationId(), dutyId, on, user.displayName(), language.getLanguage(),
                message.strip());
        complaints.history(user.organisationId(), id, clock.instant(), user.displayName(), "informed",
                duty.recipient() + (duty.recipientName() == null ? "" : " (" + duty.recipientName() + ")") + ", "
                        + duty.occasion() + ", " + on);
        trail.wrote("complaints.duty.sent", ComplaintService.RECORD_TYPE, id, subject(row, duty));
        events.publishEvent(new ComplaintInformationDutySent(user.organisationId(), id, dutyId,
                row.summary().reference(), duty.recipient(), duty.occasion(), on));
        if (duty.recipient() == DutyRecipient.AIG) {
            // The AIG analyst reads it in the inspectorate's own inbox: the zone and the reference, no names.
            notifications.sendToInspectorate("complaints.duty.aig." + duty.occasion(),
                    List.of(organisations.get(user.organisationId()).name(), row.summary().reference()),
                    "/complaints/national", "complaint-duty:" + dutyId);
        }
        return duties.find(user.organisationId(), id, dutyId, today()).orElseThrow();
    }

    /** The person the message is about, for the audit trail: the colleague informed, else the complainant. */
    private static @Nullable String subject(ComplaintRepository.Row row, InformationDuty duty) {
        return duty.recipient() == DutyRecipient.STAFF_MEMBER ? duty.recipientName() : row.contact().name();
    }

    private static Locale checked(Locale language) {
        if (!LANGUAGES.contains(language.getLanguage())) {
            throw InvalidInputException.of("language", "must be one of en, fr, nl");
        }
        return Locale.forLanguageTag(language.getLanguage());
    }

    private InformationDuty handle(KompasUser user, ComplaintId id, UUID dutyId) {
        if (!user.can(ComplaintPermissions.HANDLE)) {
            throw new AccessDeniedException("No permission " + ComplaintPermissions.HANDLE);
        }
        return duties.find(user.organisationId(), id, dutyId, today())
                .orElseThrow(() -> new RecordNotFoundException("complaint-duty", dutyId));
    }

    private ComplaintRepository.Row load(OrganisationId organisation, ComplaintId id) {
        return complaints.find(organisation, id, today())
                .orElseThrow(() -> new RecordNotFoundException(ComplaintService.RECORD_TYPE, id));
    }

    private static void requireReader(KompasUser user) {
        if (!user.can(ComplaintPermissions.HANDLE) && !user.can(ComplaintPermissions.READ)) {
            throw new AccessDeniedException("No permission to read complaints");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
