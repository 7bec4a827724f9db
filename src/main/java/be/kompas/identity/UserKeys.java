package be.kompas.identity;

import java.util.Optional;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * Public keys of users, so that other modules can wrap a content key for them. Only identity holds (encrypted)
 * private keys; the signed-in user's own one is in {@link UnlockedKeys}.
 */
public interface UserKeys {

    /** The user's X25519 public key, if they have made a key pair (at their first password login). */
    Optional<byte[]> publicKey(OrganisationId organisation, UUID userId);
}
