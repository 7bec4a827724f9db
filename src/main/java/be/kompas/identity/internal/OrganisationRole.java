package be.kompas.identity.internal;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A role of one organisation, with what it grants.
 *
 * @param title the organisation's own name for the role, or {@code null} for the catalogue's label
 */
public record OrganisationRole(UUID id, String code, @Nullable String title, boolean secondFactorRequired,
        Set<String> permissions) {
}
