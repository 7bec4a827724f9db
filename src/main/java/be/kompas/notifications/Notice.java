package be.kompas.notifications;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A notice to put in an inbox.
 *
 * @param organisation the organisation whose members read it (the AIG's own organisation for a notice to the AIG)
 * @param messageKey message-bundle key of the text, formatted with {@code arguments} in the reader's language
 * @param arguments references, dates and counts only: the inbox is no place for case content or names
 * @param link the page that deals with it, relative to the application (for example {@code /complaints/...})
 * @param due when the work it reminds of is due, if it is a reminder
 * @param key identifies the notice within the organisation, so that a daily reminder job sends it once: sending a
 *     notice whose key was sent before does nothing (for example {@code complaint-due:<id>:<due date>})
 */
public record Notice(OrganisationId organisation, Addressee addressee, String messageKey, List<String> arguments,
        String link, @Nullable LocalDate due, String key) {

    public Notice {
        arguments = List.copyOf(arguments);
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("A notice links to a page of Kompas, not to " + link);
        }
    }
}
