package be.kompas.lookups.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.lookups.engine.Reason;

/** An alert as the queue lists it: pseudonyms only. */
public record AlertSummary(UUID id, UUID importId, String eventId, String officerPseudonym,
        String subjectPseudonym, @Nullable String teamId, int score, int reasons, @Nullable Instant occurredAt,
        @Nullable String source, @Nullable String action, String status) {

    public List<String> reasonCodes() {
        return List.of(Reason.codes(reasons).split(";"));
    }
}
