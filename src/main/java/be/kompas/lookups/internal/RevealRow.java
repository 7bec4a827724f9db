package be.kompas.lookups.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request to reveal an alert's identities, shown to other reviewers and to the DPO without the identities. */
public record RevealRow(UUID id, UUID alertId, String motivation, String requestedBy, Instant requestedAt,
        @Nullable String approvedBy, @Nullable Instant approvedAt) {
}
