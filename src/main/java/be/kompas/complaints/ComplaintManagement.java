package be.kompas.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.people.UnitId;
import be.kompas.tenancy.OrganisationId;

/**
 * The register of complaints and compliments. Every method that takes a user acts in, and only sees, that user's
 * organisation; another organisation's item is answered as a missing one. Every step is kept in the item's history
 * and in the audit trail.
 */
public interface ComplaintManagement {

    /**
     * A citizen's item from the public form or API, acknowledged at once; stores nothing about the sender's
     * connection.
     *
     * @param organisationCode the organisation's URL code
     * @throws be.kompas.core.RecordNotFoundException for an unknown organisation
     * @throws be.kompas.core.InvalidInputException naming each offending field
     */
    default PublicReceipt submit(String organisationCode, NewComplaint complaint) {
        return submit(organisationCode, complaint, List.of());
    }

    /**
     * A citizen's item with files, which are cleaned of metadata first; a file that cannot be cleaned refuses the
     * whole submission, so nothing is stored.
     *
     * @throws be.kompas.core.attachments.UncleanableAttachmentException for a file of an unknown type, damaged or too
     *     large
     * @throws be.kompas.core.InvalidInputException naming {@code attachments} for more than
     *     {@link AttachmentCleaner#MAX_FILES} files
     */
    PublicReceipt submit(String organisationCode, NewComplaint complaint, List<AttachmentCleaner.Upload> files);

    /** Adds files to an item (a scanned letter, a photo sent by e-mail), cleaned like the public ones. */
    List<ComplaintAttachment> attach(KompasUser user, ComplaintId id, List<AttachmentCleaner.Upload> files);

    /** One file of an item, for handlers; recorded in the audit trail. */
    ComplaintAttachment.Content attachment(KompasUser user, ComplaintId id, java.util.UUID attachmentId);

    /** Registers an item received through another channel (letter, phone, forwarded by Comité P, ...). */
    ComplaintId register(KompasUser user, NewComplaint complaint);

    /** One page of the inbox; recorded in the audit trail as one entry with the filter and the ids shown. */
    Page<ComplaintSummary> inbox(KompasUser user, ComplaintQuery query, PageRequest page);

    /** How many items are overdue now: a count only, not a read of the items. */
    long overdueCount(KompasUser user);

    /** One item; the complainant's identity only for handlers. Recorded in the audit trail. */
    ComplaintDetails view(KompasUser user, ComplaintId id);

    /** Writes the acknowledgement in the complainant's language and marks the item acknowledged. */
    void acknowledge(KompasUser user, ComplaintId id);

    void classify(KompasUser user, ComplaintId id, @Nullable FactCode factCode, Set<ComplaintTag> tags);

    /** Links a staff member (and their unit) to the item. */
    void involve(KompasUser user, ComplaintId id, StaffMemberId staff);

    /** Links a unit the item concerns when the staff members are not known. */
    void involveUnit(KompasUser user, ComplaintId id, UnitId unit);

    void uninvolve(KompasUser user, ComplaintId id, java.util.UUID involvedId);

    /**
     * Records who takes the item on; routing to oversight publishes {@link ComplaintAssignedToOversight}.
     */
    void route(KompasUser user, ComplaintId id, Route route, @Nullable String note);

    /** Links an item to an earlier one it duplicates; both stay, nothing is merged. */
    void linkDuplicate(KompasUser user, ComplaintId id, ComplaintId earlier);

    /** The reasoned answer for an outcome, in the complainant's language, for the coordinator to edit. */
    String draftAnswer(KompasUser user, ComplaintId id, Outcome outcome);

    /**
     * Closes the item with its outcome and the answer as sent.
     *
     * @param closedOn the day the answer went out, when it was recorded later; {@code null} for today
     * @throws be.kompas.core.InvalidInputException naming {@code outcome} when it does not fit the item's kind, or
     *     {@code answer} when blank for an item with a complainant to write to, or {@code closedOn} when before the
     *     day of receipt or after today
     */
    void close(KompasUser user, ComplaintId id, Outcome outcome, String answer, @Nullable LocalDate closedOn);

    /** Forwards a compliment to the staff involved and their line managers, who see it in their own list. */
    void forwardCompliment(KompasUser user, ComplaintId id);

    /**
     * The items that concern the user as a staff member (or as the manager a compliment went to), without complainant;
     * recorded in the audit trail as one entry with the ids shown.
     */
    List<ComplaintSummary> concerning(KompasUser user);

    ServiceLevel serviceLevel(OrganisationId organisation);

    /**
     * Changes the service level. The deadlines of open items are counted again from their day of receipt: the
     * acknowledgement term where the item is not yet acknowledged, the answer term for every open item. Closed items
     * keep the deadlines they were handled under, so past figures do not change. Each recalculated item gets a history
     * step with its old and new deadlines.
     *
     * @return how many open items got new deadlines
     * @throws be.kompas.core.InvalidInputException naming {@code acknowledgeDays} or {@code answerDays}
     */
    int changeServiceLevel(KompasUser user, ServiceLevel level);

    /** How many items a change of service level would recalculate: the open ones. */
    int openItems(KompasUser user);
}
