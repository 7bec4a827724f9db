package be.kompas.identity;

import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * An administrator read or changed an account or a role. Identity sits below the audit module, so it reports what
 * happened as an event, recorded in the same transaction by the audit trail.
 *
 * @param action a dotted code such as {@code identity.user.created} or {@code read}
 * @param recordType {@code user} or {@code role}
 */
public record AccountActivity(OrganisationId organisationId, String actor, String action, String recordType,
        String recordId, String subject) {

    public static AccountActivity onUser(KompasUser actor, String action, UUID userId, String username) {
        return new AccountActivity(actor.organisationId(), actor.username(), action, "user", userId.toString(),
                username);
    }
}
