package be.kompas.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;

/**
 * The signed-in user as every module sees them: who, in which organisation, with which roles and permissions.
 *
 * @param staffMemberId the user's own staff record, when they are a member of staff
 */
public record KompasUser(UUID id, String username, String displayName, OrganisationId organisationId,
        String organisationCode, OrganisationKind organisationKind, Set<String> roles, Set<String> permissions,
        @Nullable UUID staffMemberId, Locale locale) implements Serializable, Principal {

    @Override
    public String getName() {
        return username;
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public KompasUser withLocale(Locale newLocale) {
        return new KompasUser(id, username, displayName, organisationId, organisationCode, organisationKind, roles,
                permissions, staffMemberId, newLocale);
    }
}
