package be.kompas.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.identity.KompasUser;
import be.kompas.identity.Permissions;
import be.kompas.tenancy.Organisation;

/** A stored account with what login needs to decide; never leaves this module. */
record UserAccount(UUID id, Organisation organisation, String username, String displayName, String passwordHash,
        @Nullable Locale locale, @Nullable String totpSecret, boolean totpEnabled, @Nullable Long totpLastStep,
        int failedAttempts, @Nullable Instant lockedUntil, @Nullable UUID staffMemberId, boolean enabled,
        Set<String> roles, Set<String> permissions, boolean secondFactorRequired) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A second factor is asked when the user turned one on, or when one of their roles demands it. */
    boolean needsSecondFactor() {
        return totpEnabled || secondFactorRequired;
    }

    KompasUser toUser() {
        return new KompasUser(id, username, displayName, organisation.id(), organisation.code(),
                organisation.kind(), roles, permissions, staffMemberId,
                locale != null ? locale : organisation.locale());
    }

    Set<String> grantedAuthorities() {
        var all = new java.util.HashSet<>(permissions);
        all.add(Permissions.LOGIN_COMPLETE);
        return all;
    }
}
