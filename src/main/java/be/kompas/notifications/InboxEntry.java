package be.kompas.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notice as its reader sees it. */
public record InboxEntry(UUID id, String messageKey, List<String> arguments, String link, @Nullable LocalDate due,
        Instant sentAt, boolean read) {

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
