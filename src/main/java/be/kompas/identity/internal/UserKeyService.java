package be.kompas.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.binary.Base32;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.core.crypto.Crypto;
import be.kompas.core.crypto.CryptoException;
import be.kompas.core.crypto.SessionSecrets;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.EncryptionKeysReplaced;
import be.kompas.identity.UnlockedKeys;
import be.kompas.identity.UserKeys;
import be.kompas.tenancy.OrganisationId;

/**
 * Each user's X25519 key pair. The private key is kept twice, encrypted under Argon2id of the password and under
 * Argon2id of a recovery key shown once, and is opened only into the user's session, sealed there under a key that
 * only the user's browser holds ({@link SessionSecrets}, docs/adr/0007).
 * <p>
 * The {@code secret} parameters are the user's password today. Users who will sign in through single sign-on have no
 * password here: they will set a separate encryption passphrase the first time they need their key, and pass that
 * instead; nothing else changes.
 */
@Service
@Transactional
public class UserKeyService implements UserKeys {

    private static final int RECOVERY_KEY_BYTES = 20;

    private final UserKeyRepository keys;
    private final Crypto crypto;
    private final ApplicationEventPublisher events;
    private final SessionSecrets sessionSecrets;

    UserKeyService(UserKeyRepository keys, Crypto crypto, ApplicationEventPublisher events,
            SessionSecrets sessionSecrets) {
        this.keys = keys;
        this.crypto = crypto;
        this.events = events;
        this.sessionSecrets = sessionSecrets;
    }

    @Override
    public Optional<UnlockedKeys> unlocked() {
        var user = CurrentUser.find();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return sessionSecrets.get(UnlockedKeys.SESSION_SECRET).flatMap(UnlockedKeys::fromBytes)
                .filter(unlocked -> unlocked.userId().equals(user.get().id()));
    }

    /**
     * The recovery key made in this session, once: it is forgotten as it is returned. A request without the browser's
     * key-wrapping cookie cannot open it and leaves it waiting for one that can.
     */
    public Optional<String> takeNewRecoveryKey() {
        var recoveryKey = sessionSecrets.get(NEW_RECOVERY_KEY_SESSION_SECRET)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        recoveryKey.ifPresent(shown -> sessionSecrets.remove(NEW_RECOVERY_KEY_SESSION_SECRET));
        return recoveryKey;
    }

    @Override
    public boolean newRecoveryKeyPending() {
        return sessionSecrets.holds(NEW_RECOVERY_KEY_SESSION_SECRET);
    }

    /**
     * For a user without a key pair who does not sign in with a password here (single sign-on): makes the key pair
     * under a separate encryption passphrase and opens it for this session (docs/adr/0006).
     *
     * @return the recovery key to show once, or empty if the user has a key pair already
     */
    public Optional<String> setUpWithPassphrase(OrganisationId organisation, UUID userId, String passphrase) {
        var recoveryKey = createKeyPair(organisation, userId, passphrase);
        recoveryKey.ifPresent(key -> {
            unlockIntoSession(userId, passphrase);
            rememberRecoveryKey(key);
        });
        return recoveryKey;
    }

    /** Opens the private key with the password or encryption passphrase it is protected by, for this session. */
    public boolean unlockIntoSession(UUID userId, String secret) {
        var unlocked = unlock(userId, secret);
        unlocked.ifPresent(this::intoSession);
        return unlocked.isPresent();
    }

    /**
     * Gives up a key pair that no longer opens (the recovery key is lost): a new pair under the given secret, opened
     * for this session. Nothing encrypted for the old pair becomes readable; {@link EncryptionKeysReplaced} lets the
     * modules ask an entitled user to grant access again.
     *
     * @return the new recovery key, to show once
     */
    public String replaceKeyPair(OrganisationId organisation, UUID userId, String secret) {
        keys.delete(userId);
        String recoveryKey = createKeyPair(organisation, userId, secret).orElseThrow();
        unlockIntoSession(userId, secret);
        rememberRecoveryKey(recoveryKey);
        events.publishEvent(new EncryptionKeysReplaced(organisation, userId));
        return recoveryKey;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> publicKey(OrganisationId organisation, UUID userId) {
        return keys.publicKey(organisation, userId);
    }

    /**
     * Makes the user's key pair, unless they have one.
     *
     * @return the recovery key to show the user once, or empty if the user had a key pair already
     */
    public Optional<String> createKeyPair(OrganisationId organisation, UUID userId, String secret) {
        if (keys.find(userId).isPresent()) {
            return Optional.empty();
        }
        var pair = crypto.newKeyPair();
        byte[] passwordSalt = crypto.newSalt();
        byte[] recoverySalt = crypto.newSalt();
        String recoveryKey = newRecoveryKey();
        var stored = new UserKeyRepository.StoredKey(userId, pair.publicKey(), passwordSalt,
                wrap(userId, secret, passwordSalt, pair.privateKey()), recoverySalt,
                wrap(userId, normaliseRecoveryKey(recoveryKey), recoverySalt, pair.privateKey()));
        return keys.insert(organisation, stored) ? Optional.of(recoveryKey) : Optional.empty();
    }

    /**
     * At a password login: opens the private key into the session, making the key pair on the first login. A key
     * that no longer opens (after an administrator's password reset) stays locked until the user enters their
     * recovery key.
     */
    void unlockAtLogin(OrganisationId organisation, UUID userId, String password) {
        createKeyPair(organisation, userId, password).ifPresent(this::rememberRecoveryKey);
        unlock(userId, password).ifPresent(this::intoSession);
    }

    @Transactional(readOnly = true)
    public Optional<UnlockedKeys> unlock(UUID userId, String secret) {
        return keys.find(userId).flatMap(key -> open(userId, secret, key.passwordSalt(), key.privateKeyByPassword()))
                .map(privateKey -> new UnlockedKeys(userId, privateKey));
    }

    /** Whether the user has a key pair at all (made at their first password login). */
    @Transactional(readOnly = true)
    public boolean hasKeyPair(UUID userId) {
        return keys.find(userId).isPresent();
    }

    /** After a password change: the private key is encrypted under the new password. */
    void rewrap(UUID userId, String oldSecret, String newSecret) {
        unlock(userId, oldSecret).ifPresent(unlocked -> storePasswordWrap(userId, newSecret, unlocked));
    }

    /**
     * Opens the private key with the recovery key and encrypts it under the user's current password again.
     *
     * @return the unlocked keys, also stored in the session, or empty if the recovery key is wrong
     */
    public Optional<UnlockedKeys> recover(UUID userId, String recoveryKey, String password) {
        var unlocked = keys.find(userId)
                .flatMap(key -> open(userId, normaliseRecoveryKey(recoveryKey), key.recoverySalt(),
                        key.privateKeyByRecovery()))
                .map(privateKey -> new UnlockedKeys(userId, privateKey));
        unlocked.ifPresent(keysOpened -> {
            storePasswordWrap(userId, password, keysOpened);
            intoSession(keysOpened);
        });
        return unlocked;
    }

    private void storePasswordWrap(UUID userId, String secret, UnlockedKeys unlocked) {
        byte[] salt = crypto.newSalt();
        keys.updatePasswordWrap(userId, salt, wrap(userId, secret, salt, unlocked.privateKey()));
    }

    private byte[] wrap(UUID userId, String secret, byte[] salt, byte[] privateKey) {
        return crypto.encrypt(crypto.deriveKey(secret, salt), privateKey, associatedData(userId));
    }

    private Optional<byte[]> open(UUID userId, String secret, byte[] salt, byte[] wrapped) {
        try {
            return Optional.of(crypto.decrypt(crypto.deriveKey(secret, salt), wrapped, associatedData(userId)));
        } catch (CryptoException e) {
            return Optional.empty();
        }
    }

    /** Binds a wrapped key to its user, so that a row copied onto another user does not open. */
    private static byte[] associatedData(UUID userId) {
        return ByteBuffer.allocate(16).putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits()).array();
    }

    private String newRecoveryKey() {
        String encoded = new Base32().encodeAsString(crypto.randomBytes(RECOVERY_KEY_BYTES));
        return String.join("-", encoded.split("(?<=\\G.{4})"));
    }

    private static String normaliseRecoveryKey(String recoveryKey) {
        return recoveryKey.toUpperCase(Locale.ROOT).replaceAll("[^A-Z2-7]", "");
    }

    private void intoSession(UnlockedKeys unlocked) {
        sessionSecrets.put(UnlockedKeys.SESSION_SECRET, unlocked.toBytes());
    }

    private void rememberRecoveryKey(String recoveryKey) {
        sessionSecrets.put(NEW_RECOVERY_KEY_SESSION_SECRET, recoveryKey.getBytes(StandardCharsets.UTF_8));
    }
}
