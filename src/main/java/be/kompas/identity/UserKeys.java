package be.kompas.identity;

import java.util.Optional;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * Public keys of users, so that other modules can wrap a content key for them. Only identity holds (encrypted)
 * private keys; the signed-in user's own one is in {@link UnlockedKeys}.
 */
public interface UserKeys {

    /** Session attribute holding a recovery key made at this login, until the profile page has shown it once. */
    String NEW_RECOVERY_KEY_SESSION_ATTRIBUTE = "be.kompas.identity.newRecoveryKey";

    /** The user's X25519 public key, if they have made a key pair (at their first password login). */
    Optional<byte[]> publicKey(OrganisationId organisation, UUID userId);
}
