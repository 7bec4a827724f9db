package be.kompas.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;

/**
 * The information duties of complaints (domain.md 1.4, 4.1, 4.4): which apply arises from the complaint's steps (see
 * {@link DutyOccasion}); the customer coordinator drafts each message from a template, edits it and marks it sent.
 * Only the user's organisation is seen; every read and write is in the audit trail, every message sent in the
 * complaint's history.
 */
public interface ComplaintInformationDuties {

    /** The duties of one complaint, open ones first. */
    List<InformationDuty> duties(KompasUser user, ComplaintId id);

    /** The duties not yet fulfilled across the organisation's complaints, the earliest due first. */
    Page<InformationDuty> open(KompasUser user, boolean overdueOnly, PageRequest page);

    /** How many duties are open, and how many of them overdue. */
    OpenCount openCount(KompasUser user);

    record OpenCount(long open, long overdue) {
    }

    /**
     * The message for a duty from the bundle's template, for the coordinator to edit.
     *
     * @param language the language to write in; {@code null} for the recipient's language where known, else the
     *     organisation's working language
     * @throws be.kompas.core.InvalidInputException naming {@code language} for a language without templates
     */
    String draft(KompasUser user, ComplaintId id, UUID duty, @Nullable Locale language);

    /** The language {@link #draft} writes in when none is asked for. */
    Locale recipientLanguage(KompasUser user, ComplaintId id, UUID duty);

    /**
     * Marks a duty fulfilled with the message as sent; the complaint's history and the audit trail record it, and a
     * message to the AIG reaches the AIG analyst's inbox (the zone and the reference only).
     *
     * @param sentOn the day it went out, {@code null} for today
     * @throws be.kompas.core.InvalidInputException naming {@code message} when blank or too long, {@code sentOn}
     *     when before the duty arose or after today, {@code language} for a language without templates, or
     *     {@code duty} when it was sent already
     */
    InformationDuty markSent(KompasUser user, ComplaintId id, UUID duty, String message, Locale language,
            @Nullable LocalDate sentOn);
}
