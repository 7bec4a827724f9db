package be.kompas.notifications;

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
