package be.kompas.notifications;

import java.util.List;
import java.util.UUID;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;

/** Sends notices and reads the inbox of a user. */
public interface Notifications {

    /**
     * Puts a notice in the inboxes of its addressees, unless a notice with the same key was already sent in that
     * organisation.
     *
     * @return whether the notice was new
     */
    boolean send(Notice notice);

    /**
     * Puts a notice from a zone in the inbox of the AIG analysts, in the AIG's own organisation (every inspectorate
     * organisation), as an information duty towards the AIG asks (domain.md 1.4 and 4.4). Like every notice it carries
     * references only: the zone and the record's reference, never names of staff or case content.
     *
     * @param messageKey message-bundle key of the text, formatted with {@code arguments} in the analyst's language
     * @param link a page the analyst may open, e.g. the national view
     * @param key identifies the notice, so that it is sent once (e.g. {@code complaint-duty:<duty id>})
     * @return how many inspectorate organisations received it as a new notice
     */
    int sendToInspectorate(String messageKey, List<String> arguments, String link, String key);

    /** The notices addressed to the reader in their own organisation, newest first. */
    Page<InboxEntry> inbox(KompasUser reader, boolean unreadOnly, PageRequest page);

    long unread(KompasUser reader);

    /**
     * Marks one notice read for this reader; a notice not addressed to them is answered as missing.
     *
     * @return the page the notice links to
     */
    String markRead(KompasUser reader, UUID notice);

    void markAllRead(KompasUser reader);
}
