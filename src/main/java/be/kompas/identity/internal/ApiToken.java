package be.kompas.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A live personal API token as its owner sees it; the token itself is never stored. */
public record ApiToken(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
}
