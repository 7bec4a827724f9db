package be.kompas.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

public record NewUser(OrganisationId organisationId, String username, String displayName, String password,
        Set<String> roles, @Nullable UUID staffMemberId) {
}
