package be.kompas.advice.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.advice.AdvicePermissions;
import be.kompas.advice.AdviceReportForwarded;
import be.kompas.advice.AdviceSubmissions;
import be.kompas.advice.ForwardTarget;
import be.kompas.advice.ReportKind;
import be.kompas.advice.ReportStatus;
import be.kompas.advice.WhistleblowerRouting;
import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.core.crypto.Crypto;
import be.kompas.core.crypto.CryptoException;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserKeys;
import be.kompas.identity.UserManagement;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.OrganisationId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Advice Point. Each report has a random AES-256 key; its content (text, self-chosen name, self-identification,
 * messages, attachments) is stored only under that key. The key itself is stored only wrapped: for the reporter
 * under Argon2id of name and passphrase, and for each entitled user under their X25519 public key.
 */
@Service
@Transactional
public class AdviceService implements AdviceSubmissions {

    public static final int PROTECTION_YEARS = 3;
    static final String RECORD_TYPE = "advice.report";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String REPORTER = "REPORTER";
    private static final String COACH = "COACH";
    static final List<String> SEEDED_CATEGORIES = List.of("conflict-of-interest", "gifts", "ancillary-activities",
            "confidentiality", "use-of-force", "behaviour-citizens", "behaviour-colleagues", "discrimination",
            "substance-use", "loyalty-reporting", "private-life", "other");

    /** What a reporter submits. */
    public record Submission(ReportKind kind, String category, String text, String name, String passphrase,
            @Nullable String identity, List<AttachmentCleaner.Upload> attachments) {
    }

    /** What the reporter sees after submitting: the reference, the deadlines and what was removed from files. */
    public record Receipt(String reference, LocalDate acknowledgeBy, LocalDate answerBy,
            List<AttachmentView> attachments) {
    }

    public record AttachmentView(UUID id, String filename, String mediaType, List<String> removed) {
    }

    /** One entry of the conversation. {@code kind}: MESSAGE, ACKNOWLEDGEMENT, ANSWER or FORWARD. */
    public record MessageView(String author, String kind, LocalDate date, String text) {
    }

    /** A report's metadata, all the facilitator sees in lists. */
    public record ReportSummary(UUID id, String reference, ReportKind kind, String category, ReportStatus status,
            LocalDate receivedOn, LocalDate acknowledgeBy, LocalDate answerBy, @Nullable LocalDate acknowledgedOn,
            @Nullable LocalDate answeredOn, @Nullable LocalDate closedOn, @Nullable ForwardTarget forwardedTo) {

        /** due, soon (within two days: the board's reminder), overdue or done, for the deadline board. */
        public String deadlineState(LocalDate today) {
            if (!status.open()) {
                return "done";
            }
            LocalDate next = nextDeadline();
            return next.isBefore(today) ? "overdue" : next.isAfter(today.plusDays(2)) ? "due" : "soon";
        }

        public LocalDate nextDeadline() {
            return acknowledgedOn == null ? acknowledgeBy : answerBy;
        }
    }

    /** The decrypted report, for an entitled user or the reporter. */
    public record ReportDetails(ReportSummary summary, String text, String name, String identity,
            List<MessageView> messages, List<AttachmentView> attachments, List<UUID> assignedCoaches,
            @Nullable String caseReference, @Nullable WhistleblowerRouting routing,
            @Nullable LocalDate adverseMeasureOn) {

        /** Comité P may protect the reporter for three years after an adverse measure (domain.md 6.1). */
        public @Nullable LocalDate protectedUntil() {
            return adverseMeasureOn == null ? null : adverseMeasureOn.plusYears(PROTECTION_YEARS);
        }
    }

    /** A reporter's open report: found by name and passphrase, kept in their HTTP session while they read. */
    public record ReporterAccess(UUID reportId, byte[] key) {
    }

    /** A request to read an archived report, and whether the DPO approved it. */
    public record ArchiveRequest(UUID id, String reference, UUID requestedBy, String reason, LocalDate requestedOn,
            @Nullable LocalDate approvedOn, UUID reportId) {
    }

    public record AttachmentContent(String filename, String mediaType, byte[] bytes) {
    }

    private record MessageContent(String author, String kind, LocalDate date, String text) {
    }

    private record AttachmentDescription(String filename, String mediaType, List<String> removed) {
    }

    private final AdviceRepository reports;
    private final ReporterLookup lookup;
    private final AdviceDeadlines deadlines;
    private final AttachmentCleaner stripper;
    private final Crypto crypto;
    private final UserManagement users;
    private final UserKeys userKeys;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AdviceService(AdviceRepository reports, ReporterLookup lookup, AdviceDeadlines deadlines,
            AttachmentCleaner stripper, Crypto crypto, UserManagement users, UserKeys userKeys, AuditTrail trail,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.reports = reports;
        this.lookup = lookup;
        this.deadlines = deadlines;
        this.stripper = stripper;
        this.crypto = crypto;
        this.users = users;
        this.userKeys = userKeys;
        this.trail = trail;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The organisation's active categories, code to own label (null when the bundles name a seeded one). */
    public Map<String, @Nullable String> categories(OrganisationId organisation) {
        if (reports.categories(organisation).isEmpty()) {
            reports.seedCategories(organisation, SEEDED_CATEGORIES);
        }
        Map<String, @Nullable String> categories = new LinkedHashMap<>();
        reports.categories(organisation).forEach(c -> categories.put(c.code(), c.label()));
        return categories;
    }

    /** The facilitator adds a category of their own; its code is made from the label. */
    public String addCategory(KompasUser user, String label) {
        requireManager(user);
        String code = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (label.isBlank() || code.isEmpty() || code.length() > 60) {
            throw InvalidInputException.of("label", "needs letters or digits, at most 60");
        }
        categories(user.organisationId());
        reports.addCategory(user.organisationId(), code, label.strip());
        trail.wrote("advice.category.added", "advice.category", code, null);
        return code;
    }

    public void deactivateCategory(KompasUser user, String code) {
        requireManager(user);
        if (!reports.deactivateCategory(user.organisationId(), code)) {
            throw new RecordNotFoundException("advice.category", code);
        }
        trail.wrote("advice.category.deactivated", "advice.category", code, null);
    }

    // ---- The reporter's side: no login, no stored trace of who they are.

    public Receipt submit(Organisation organisation, Submission submission) {
        if (!categories(organisation.id()).containsKey(submission.category())) {
            throw InvalidInputException.of("category", "is not a category of this organisation");
        }
        // Files are cleaned before anything is stored, so a refused file leaves no report behind.
        var cleaned = stripper.cleanAll(submission.attachments(), 0);
        UUID id = UUID.randomUUID();
        byte[] key = crypto.newKey();
        LocalDate today = today();
        var terms = deadlines.atReceipt(organisation.id(), submission.kind(), today);
        byte[] salt = crypto.newSalt();
        byte[] reporterKey = crypto.encrypt(lookup.reporterKey(submission.name(), submission.passphrase(), salt), key,
                aad(id, "reporter"));
        var report = new AdviceRepository.StoredReport(id, organisation.id(), newReference(), submission.kind(),
                submission.category(), ReportStatus.RECEIVED, today, terms.acknowledgeBy(), terms.answerBy(), null,
                null, null, null, null, salt, reporterKey, encrypt(key, id, "text", submission.text()),
                encrypt(key, id, "name", submission.name().strip()),
                encrypt(key, id, "identity", submission.identity() == null ? "" : submission.identity().strip()),
                null, false, null);
        reports.insert(report, lookup.tag(organisation, submission.name()));
        for (String role : List.of(Roles.COACH_FACILITATOR, Roles.FACILITATOR_HELPER)) {
            users.withRole(organisation.id(), role).forEach(user -> userKeys.publicKey(organisation.id(), user.id())
                    .ifPresent(publicKey -> reports.storeKey(organisation.id(), id, user.id(), false,
                            crypto.seal(publicKey, key))));
        }
        List<AttachmentView> attachments = new ArrayList<>();
        for (var file : cleaned) {
            attachments.add(storeAttachment(organisation.id(), id, key, file));
        }
        return new Receipt(report.reference(), report.acknowledgeBy(), report.answerBy(), attachments);
    }

    @Override
    public String submit(Organisation organisation, ReportKind kind, String category, String text, String name,
            String passphrase) {
        return submit(organisation, new Submission(kind, category, text, name, passphrase, null, List.of()))
                .reference();
    }

    /**
     * Finds the reporter's report by name and passphrase. A wrong name and a wrong passphrase take the same Argon2id
     * work and give the same empty answer.
     *
     * @throws ReporterThrottledException when too many attempts for this name failed recently
     */
    public Optional<ReporterAccess> reporterLogin(Organisation organisation, String name, String passphrase) {
        byte[] tag = lookup.tag(organisation, name);
        if (lookup.blocked(tag)) {
            throw new ReporterThrottledException();
        }
        var candidates = reports.findByTag(organisation.id(), tag);
        if (candidates.isEmpty()) {
            lookup.dummyAttempt(name, passphrase);
        }
        for (var report : candidates) {
            try {
                byte[] key = crypto.decrypt(lookup.reporterKey(name, passphrase, report.reporterSalt()),
                        report.reporterKey(), aad(report.id(), "reporter"));
                lookup.succeeded(tag);
                return Optional.of(new ReporterAccess(report.id(), key));
            } catch (CryptoException wrongPassphrase) {
                // try the next report under this name
            }
        }
        lookup.failed(tag);
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public ReportDetails reporterView(Organisation organisation, ReporterAccess access) {
        var report = reports.find(organisation.id(), access.reportId()).orElseThrow(() -> notFound(access.reportId()));
        return details(report, access.key());
    }

    public void reporterReply(Organisation organisation, ReporterAccess access, String text, List<AttachmentCleaner.Upload> uploads) {
        var report = reports.find(organisation.id(), access.reportId()).orElseThrow(() -> notFound(access.reportId()));
        requireOpen(report);
        var cleaned = stripper.cleanAll(uploads, reports.attachmentCount(report.id()));
        if (!text.isBlank()) {
            addMessage(report, access.key(), REPORTER, "MESSAGE", text);
        }
        cleaned.forEach(file -> storeAttachment(organisation.id(), report.id(), access.key(), file));
    }

    // ---- The Kompas side.

    /** Facilitator and helpers see every report's metadata; a coach sees the reports assigned to them. */
    @Transactional(readOnly = true)
    public Page<ReportSummary> workList(KompasUser user, PageRequest page) {
        UUID onlyAssignedTo = user.can(AdvicePermissions.MANAGE) ? null : user.id();
        return reports.workList(user.organisationId(), onlyAssignedTo, page).map(AdviceService::summary);
    }

    @Transactional(readOnly = true)
    public ReportSummary summary(KompasUser user, UUID reportId) {
        return summary(visible(user, reportId));
    }

    /** Decrypts a report for an entitled user whose key is unlocked; every read is in the audit trail. */
    public ReportDetails read(KompasUser user, UUID reportId) {
        var report = visible(user, reportId);
        var details = details(report, reportKey(user, report));
        trail.read(RECORD_TYPE, report.id(), report.reference());
        return details;
    }

    /**
     * Assigns a coach (or the facilitator themselves, to handle it personally): the report key, opened with the
     * assigning user's private key, is wrapped for the coach's public key.
     */
    public void assign(KompasUser user, UUID reportId, UUID coachId) {
        requireManager(user);
        var report = visible(user, reportId);
        var coach = users.find(user.organisationId(), coachId).filter(c -> c.id().equals(user.id())
                || c.roles().contains(Roles.INTEGRITY_COACH)).orElseThrow(() -> new RecordNotFoundException("user", coachId));
        byte[] publicKey = userKeys.publicKey(user.organisationId(), coach.id())
                .orElseThrow(() -> InvalidInputException.of("coach", "has no encryption key yet"));
        reports.storeKey(user.organisationId(), report.id(), coach.id(), true,
                crypto.seal(publicKey, reportKey(user, report)));
        trail.wrote("advice.report.assigned", RECORD_TYPE, report.id(), coach.username());
    }

    /** A coach declares a conflict of interest: their wrapped key is deleted, so they can no longer read it. */
    public void recuse(KompasUser user, UUID reportId) {
        var report = visible(user, reportId);
        if (!reports.deleteKey(report.id(), user.id())) {
            throw notFound(reportId);
        }
        trail.wrote("advice.report.recused", RECORD_TYPE, report.id(), user.username());
    }

    public void acknowledge(KompasUser user, UUID reportId, String text) {
        var report = visible(user, reportId);
        requireOpen(report);
        byte[] key = reportKey(user, report);
        LocalDate today = today();
        addMessage(report, key, COACH, "ACKNOWLEDGEMENT", text);
        if (report.acknowledgedOn() == null) {
            reports.updateStatus(report.id(), ReportStatus.ACKNOWLEDGED, today, null, null,
                    deadlines.answerByAfterAcknowledgement(report.kind(), today, report.answerBy()));
        }
        trail.wrote("advice.report.acknowledged", RECORD_TYPE, report.id(), report.reference());
    }

    public void message(KompasUser user, UUID reportId, String text) {
        var report = visible(user, reportId);
        requireOpen(report);
        addMessage(report, reportKey(user, report), COACH, "MESSAGE", text);
        trail.wrote("advice.report.message", RECORD_TYPE, report.id(), report.reference());
    }

    /** The final answer; an answer also acknowledges a report that was not acknowledged yet. */
    public void answer(KompasUser user, UUID reportId, String text) {
        var report = visible(user, reportId);
        requireOpen(report);
        addMessage(report, reportKey(user, report), COACH, "ANSWER", text);
        LocalDate today = today();
        reports.updateStatus(report.id(), ReportStatus.ANSWERED,
                report.acknowledgedOn() == null ? today : report.acknowledgedOn(), today, null, report.answerBy());
        trail.wrote("advice.report.answered", RECORD_TYPE, report.id(), report.reference());
    }

    public void close(KompasUser user, UUID reportId) {
        var report = visible(user, reportId);
        requireOpen(report);
        reportKey(user, report);
        reports.updateStatus(report.id(), ReportStatus.CLOSED, report.acknowledgedOn(), report.answeredOn(), today(),
                report.answerBy());
        trail.wrote("advice.report.closed", RECORD_TYPE, report.id(), report.reference());
    }

    /**
     * Passes the report on where the coach's duty requires it; the reporter reads to whom, and handling in the
     * Advice Point ends. The receiving side gets a case reference through {@link AdviceReportForwarded}.
     */
    public String forward(KompasUser user, UUID reportId, ForwardTarget target, String text) {
        var report = visible(user, reportId);
        requireOpen(report);
        addMessage(report, reportKey(user, report), COACH, "FORWARD", text);
        String caseReference = "FW-" + report.reference().substring(3);
        LocalDate today = today();
        reports.forwarded(report.id(), target, caseReference, today);
        events.publishEvent(new AdviceReportForwarded(user.organisationId(), report.id(), report.reference(), target,
                caseReference, today, report.kind(), report.receivedOn(), report.acknowledgedOn()));
        trail.wrote("advice.report.forwarded", RECORD_TYPE, report.id(), target.name());
        return caseReference;
    }

    /**
     * The whistleblower scheme's follow-up: to whom a finding goes (kept encrypted, since it says whether the highest
     * superior is involved) and the day the reporter told of an adverse measure, which starts their protection.
     */
    public void recordWhistleblowerFollowUp(KompasUser user, UUID reportId, @Nullable WhistleblowerRouting routing,
            @Nullable LocalDate adverseMeasureOn) {
        var report = visible(user, reportId);
        if (report.kind() != ReportKind.WHISTLEBLOWER) {
            throw InvalidInputException.of("kind", "only whistleblower reports have this follow-up");
        }
        byte[] key = reportKey(user, report);
        reports.recordWhistleblowerFollowUp(report.id(),
                routing == null ? null : encrypt(key, report.id(), "routing", routing.name()), adverseMeasureOn);
        trail.wrote("advice.report.whistleblowerFollowUp", RECORD_TYPE, report.id(), report.reference());
    }

    /** One attachment, decrypted for reading in the browser; audited like every read. */
    public AttachmentContent attachment(KompasUser user, UUID reportId, UUID attachmentId) {
        var report = visible(user, reportId);
        byte[] key = reportKey(user, report);
        var attachment = reports.attachment(report.id(), attachmentId).orElseThrow(() -> notFound(attachmentId));
        var description = describe(report.id(), key, attachment);
        trail.read("advice.attachment", attachment.id(), report.reference());
        return new AttachmentContent(description.filename(), description.mediaType(),
                crypto.decrypt(key, attachment.content(), aad(report.id(), "attachment/" + attachment.id())));
    }

    @Transactional(readOnly = true)
    public AttachmentContent reporterAttachment(Organisation organisation, ReporterAccess access, UUID attachmentId) {
        var report = reports.find(organisation.id(), access.reportId()).orElseThrow(() -> notFound(access.reportId()));
        var attachment = reports.attachment(report.id(), attachmentId).orElseThrow(() -> notFound(attachmentId));
        var description = describe(report.id(), access.key(), attachment);
        return new AttachmentContent(description.filename(), description.mediaType(), crypto.decrypt(access.key(),
                attachment.content(), aad(report.id(), "attachment/" + attachment.id())));
    }

    /** The facilitator asks to read an archived report; the DPO decides. */
    public void requestArchiveAccess(KompasUser user, String reference, String reason) {
        requireManager(user);
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", "is empty");
        }
        UUID reportId = reports.archivedByReference(user.organisationId(), reference.strip().toUpperCase(
                java.util.Locale.ROOT)).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reference));
        reports.insertArchiveRequest(user.organisationId(), reportId, user.id(), reason.strip(), today());
        trail.wrote("advice.archive.requested", RECORD_TYPE, reportId, reference);
    }

    @Transactional(readOnly = true)
    public List<ArchiveRequest> archiveRequests(KompasUser user) {
        return reports.archiveRequests(user.organisationId(),
                user.can(AdvicePermissions.APPROVE_ARCHIVE_ACCESS) ? null : user.id());
    }

    public void approveArchiveAccess(KompasUser user, UUID requestId) {
        if (!user.can(AdvicePermissions.APPROVE_ARCHIVE_ACCESS)
                || !reports.approveArchiveRequest(user.organisationId(), requestId, user.id(), today())) {
            throw new RecordNotFoundException("advice.archive-request", requestId);
        }
        trail.wrote("advice.archive.approved", "advice.archive-request", requestId, null);
    }

    // ---- Internals.

    /** A report of the caller's organisation that they may see at all; others' reports look missing. */
    private AdviceRepository.StoredReport visible(KompasUser user, UUID reportId) {
        var report = reports.find(user.organisationId(), reportId).orElseThrow(() -> notFound(reportId));
        boolean entitled = user.can(AdvicePermissions.MANAGE) || (user.can(AdvicePermissions.HANDLE)
                && reports.assignedUsers(report.id()).contains(user.id()));
        // An archived report opens only through a request the DPO approved.
        if (!entitled || report.archived() && !reports.archiveAccessApproved(report.id(), user.id())) {
            throw notFound(reportId);
        }
        return report;
    }

    private static RecordNotFoundException notFound(UUID id) {
        return new RecordNotFoundException(RECORD_TYPE, id);
    }

    private void requireManager(KompasUser user) {
        if (!user.can(AdvicePermissions.MANAGE)) {
            throw new NoReportKeyException(NoReportKeyException.Reason.NOT_ENTITLED);
        }
    }

    private static void requireOpen(AdviceRepository.StoredReport report) {
        if (!report.status().open()) {
            throw InvalidInputException.of("status", "handling of this report has ended");
        }
    }

    /** The report key, opened with the user's own unlocked private key: no wrapped key, no reading. */
    private byte[] reportKey(KompasUser user, AdviceRepository.StoredReport report) {
        byte[] wrapped = reports.wrappedKey(report.id(), user.id())
                .orElseThrow(() -> new NoReportKeyException(NoReportKeyException.Reason.NOT_ENTITLED));
        var unlocked = userKeys.unlocked().filter(keys -> keys.userId().equals(user.id()))
                .orElseThrow(() -> new NoReportKeyException(NoReportKeyException.Reason.LOCKED));
        return crypto.open(unlocked.privateKey(), wrapped);
    }

    private ReportDetails details(AdviceRepository.StoredReport report, byte[] key) {
        var messages = reports.messages(report.id()).stream().map(m -> {
            var content = json.readValue(crypto.decrypt(key, m.content(), aad(report.id(), "message/" + m.id())),
                    MessageContent.class);
            return new MessageView(content.author(), content.kind(), content.date(), content.text());
        }).toList();
        var attachments = reports.attachments(report.id()).stream().map(a -> {
            var description = describe(report.id(), key, a);
            return new AttachmentView(a.id(), description.filename(), description.mediaType(),
                    description.removed());
        }).toList();
        String routing = decrypt(key, report.id(), "routing", report.routing());
        return new ReportDetails(summary(report), decrypt(key, report.id(), "text", report.text()),
                decrypt(key, report.id(), "name", report.name()),
                decrypt(key, report.id(), "identity", report.identity()), messages, attachments,
                reports.assignedUsers(report.id()), report.caseReference(),
                routing.isEmpty() ? null : WhistleblowerRouting.valueOf(routing), report.adverseMeasureOn());
    }

    private AttachmentDescription describe(UUID reportId, byte[] key, AdviceRepository.StoredAttachment attachment) {
        return json.readValue(crypto.decrypt(key, attachment.description(),
                aad(reportId, "attachment-description/" + attachment.id())), AttachmentDescription.class);
    }

    private void addMessage(AdviceRepository.StoredReport report, byte[] key, String author, String kind,
            String text) {
        UUID messageId = UUID.randomUUID();
        byte[] content = json.writeValueAsBytes(new MessageContent(author, kind, today(), text));
        reports.insertMessage(report.organisationId(), report.id(), messageId,
                crypto.encrypt(key, content, aad(report.id(), "message/" + messageId)));
    }

    private AttachmentView storeAttachment(OrganisationId organisation, UUID reportId, byte[] key,
            AttachmentCleaner.Cleaned file) {
        UUID attachmentId = UUID.randomUUID();
        // The original file name may identify the reporter, so it is replaced.
        String filename = "attachment-" + (reports.attachmentCount(reportId) + 1) + file.extension();
        var removed = file.removedCodes();
        byte[] description = json.writeValueAsBytes(new AttachmentDescription(filename, file.mediaType(), removed));
        reports.insertAttachment(organisation, reportId, attachmentId,
                crypto.encrypt(key, description, aad(reportId, "attachment-description/" + attachmentId)),
                crypto.encrypt(key, file.bytes(), aad(reportId, "attachment/" + attachmentId)));
        return new AttachmentView(attachmentId, filename, file.mediaType(), removed);
    }

    private byte[] encrypt(byte[] key, UUID reportId, String field, String value) {
        return crypto.encryptText(key, value, aad(reportId, field));
    }

    private String decrypt(byte[] key, UUID reportId, String field, byte @Nullable [] value) {
        return value == null ? "" : crypto.decryptText(key, value, aad(reportId, field));
    }

    /** Binds each ciphertext to its report and place, so that one cannot be moved to another. */
    private static byte[] aad(UUID reportId, String purpose) {
        return (reportId + "/" + purpose).getBytes(StandardCharsets.UTF_8);
    }

    private static ReportSummary summary(AdviceRepository.StoredReport r) {
        return new ReportSummary(r.id(), r.reference(), r.kind(), r.categoryCode(), r.status(), r.receivedOn(),
                r.acknowledgeBy(), r.answerBy(), r.acknowledgedOn(), r.answeredOn(), r.closedOn(), r.forwardedTo());
    }

    /** Random, so that references say nothing about order: {@code AP-7KQ2-M9XD}. */
    private String newReference() {
        String reference;
        do {
            var builder = new StringBuilder("AP-");
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    builder.append('-');
                }
                builder.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
            }
            reference = builder.toString();
        } while (reports.referenceTaken(reference));
        return reference;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }
}
