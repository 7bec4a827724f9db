package be.kompas.identity;

import java.util.Optional;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * Public keys of users, so that other modules can wrap a content key for them. Only identity holds (encrypted)
 * private keys; the signed-in user's own one is in {@link UnlockedKeys}.
 */
public interface UserKeys {

    /**
     * Session secret holding a recovery key made in this session, until the profile page has shown it once; sealed like
     * the private key, never in clear in the session or a flash attribute.
     */
    String NEW_RECOVERY_KEY_SESSION_SECRET = "be.kompas.identity.newRecoveryKey";

    /** The user's X25519 public key, if they have made a key pair (at their first password login). */
    Optional<byte[]> publicKey(OrganisationId organisation, UUID userId);

    /**
     * The signed-in user's keys, if they unlocked them in this session and this request carries the browser's
     * session key-wrapping key; empty otherwise (no request, another user, API token, cookie missing).
     */
    Optional<UnlockedKeys> unlocked();

    /** Whether a recovery key made in this session still waits to be shown on the profile page. */
    boolean newRecoveryKeyPending();
}
