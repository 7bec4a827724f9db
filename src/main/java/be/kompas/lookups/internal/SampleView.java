package be.kompas.lookups.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An explained look-up as its team's line manager sees it: the officer (whom the manager knows) and the case that
 * explains it, the subject only as a pseudonym.
 */
public record SampleView(UUID id, String teamId, String eventId, String officerId, String subjectPseudonym,
        @Nullable Instant occurredAt, @Nullable String source, @Nullable String action, String caseRef,
        String status) {
}
