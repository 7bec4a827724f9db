package be.kompas.identity;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * A password or second factor was refused.
 *
 * @param organisationId the organisation of the account, when the username names one
 * @param reason a short code: {@code bad-credentials}, {@code locked}, {@code disabled}, {@code bad-second-factor}
 */
public record LoginFailed(String username, @Nullable OrganisationId organisationId, String reason) {
}
