package be.kompas.identity;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/** A signed-in user or token asked for something their permissions do not allow. */
public record AccessRefused(String username, @Nullable OrganisationId organisationId, String method, String path) {
}
