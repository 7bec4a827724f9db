package be.kompas.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user as the administrator's list shows them. */
public record UserSummary(UUID id, String username, String displayName, List<String> roles, boolean enabled,
        boolean secondFactor, @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt,
        @Nullable UUID staffMemberId) {
}
