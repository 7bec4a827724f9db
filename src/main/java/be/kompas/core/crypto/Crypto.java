package be.kompas.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.util.Arrays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Key derivation (Argon2id), authenticated encryption (AES-256-GCM with random 96-bit nonces), X25519 key pairs with
 * sealed-box wrapping, and constant-time comparison. Callers handle keys as byte arrays and never see a primitive.
 */
public class Crypto {

    public static final int KEY_LENGTH = 32;
    public static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SEAL_INFO = "kompas sealed key v1".getBytes(StandardCharsets.US_ASCII);

    /**
     * Argon2id cost. Defaults follow OWASP's second recommended setting (19 MiB, two passes, one lane); tests lower
     * it through {@code kompas.crypto.argon2.*}.
     */
    @ConfigurationProperties("kompas.crypto.argon2")
    public record Argon2Settings(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
            @DefaultValue("1") int parallelism) {
    }

    /** An X25519 key pair, 32 bytes each. */
    public record KeyPair(byte[] publicKey, byte[] privateKey) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Argon2Settings argon2;

    public Crypto(Argon2Settings argon2) {
        this.argon2 = argon2;
    }

    public byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A fresh AES-256 key. */
    public byte[] newKey() {
        return randomBytes(KEY_LENGTH);
    }

    public byte[] newSalt() {
        return randomBytes(SALT_LENGTH);
    }

    /** A 256-bit key from a low-entropy secret (a password, a passphrase) with the configured Argon2id cost. */
    public byte[] deriveKey(String secret, byte[] salt) {
        return argon2id(secret.getBytes(StandardCharsets.UTF_8), salt, argon2.memoryKib(), argon2.iterations(),
                argon2.parallelism(), KEY_LENGTH, null, null);
    }

    /** Argon2id version 1.3 with every parameter explicit, as RFC 9106 states its test vector. */
    public static byte[] argon2id(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length, byte @org.jspecify.annotations.Nullable [] secret,
            byte @org.jspecify.annotations.Nullable [] associatedData) {
        var builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        var generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    /** AES-256-GCM; the result is the random nonce followed by ciphertext and tag. */
    public byte[] encrypt(byte[] key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = randomBytes(NONCE_LENGTH);
        return Arrays.concatenate(nonce, gcmEncrypt(key, nonce, plaintext, associatedData));
    }

    /** AES-256-GCM with a given nonce: only {@link #encrypt} and the known-answer tests may choose one. */
    static byte[] gcmEncrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
        var cipher = gcm(true, key, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(plaintext.length)];
        int written = cipher.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            cipher.doFinal(out, written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Opens what {@link #encrypt} sealed, or throws {@link CryptoException} if the key or the data is wrong. */
    public byte[] decrypt(byte[] key, byte[] sealed, byte[] associatedData) {
        if (sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
            throw new CryptoException(null);
        }
        var cipher = gcm(false, key, Arrays.copyOfRange(sealed, 0, NONCE_LENGTH), associatedData);
        byte[] out = new byte[cipher.getOutputSize(sealed.length - NONCE_LENGTH)];
        try {
            int written = cipher.processBytes(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH, out, 0);
            cipher.doFinal(out, written);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new CryptoException(e);
        }
        return out;
    }

    /** Shorthand for text: UTF-8 in, UTF-8 out. */
    public byte[] encryptText(byte[] key, String plaintext, byte[] associatedData) {
        return encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
    }

    public String decryptText(byte[] key, byte[] sealed, byte[] associatedData) {
        return new String(decrypt(key, sealed, associatedData), StandardCharsets.UTF_8);
    }

    private static GCMBlockCipher gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
        var cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associatedData));
        return cipher;
    }

    public KeyPair newKeyPair() {
        var privateKey = new X25519PrivateKeyParameters(random);
        return new KeyPair(privateKey.generatePublicKey().getEncoded(), privateKey.getEncoded());
    }

    public static byte[] publicKeyOf(byte[] privateKey) {
        return new X25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
    }

    /** The raw X25519 shared secret (RFC 7748); only {@link #seal} and the known-answer tests need it. */
    public static byte[] x25519(byte[] privateKey, byte[] publicKey) {
        var agreement = new X25519Agreement();
        agreement.init(new X25519PrivateKeyParameters(privateKey, 0));
        byte[] shared = new byte[agreement.getAgreementSize()];
        agreement.calculateAgreement(new X25519PublicKeyParameters(publicKey, 0), shared, 0);
        return shared;
    }

    /**
     * Encrypts a message (typically a symmetric key) so that only the holder of the private key for
     * {@code recipientPublicKey} can open it: an ephemeral X25519 key agreement, HKDF-SHA256 over the shared secret
     * and both public keys, then AES-GCM. Result: ephemeral public key followed by the ciphertext.
     */
    public byte[] seal(byte[] recipientPublicKey, byte[] message) {
        var ephemeral = newKeyPair();
        byte[] key = sealKey(x25519(ephemeral.privateKey(), recipientPublicKey), ephemeral.publicKey(),
                recipientPublicKey);
        return Arrays.concatenate(ephemeral.publicKey(), encrypt(key, message, ephemeral.publicKey()));
    }

    public byte[] open(byte[] recipientPrivateKey, byte[] sealed) {
        if (sealed.length <= KEY_LENGTH) {
            throw new CryptoException(null);
        }
        byte[] ephemeralPublic = Arrays.copyOfRange(sealed, 0, KEY_LENGTH);
        byte[] key;
        try {
            key = sealKey(x25519(recipientPrivateKey, ephemeralPublic), ephemeralPublic,
                    publicKeyOf(recipientPrivateKey));
        } catch (IllegalStateException e) {
            // BouncyCastle refuses an all-zero shared secret, i.e. a forged ephemeral key of low order.
            throw new CryptoException(e);
        }
        return decrypt(key, Arrays.copyOfRange(sealed, KEY_LENGTH, sealed.length), ephemeralPublic);
    }

    private static byte[] sealKey(byte[] shared, byte[] ephemeralPublic, byte[] recipientPublic) {
        var hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, Arrays.concatenate(ephemeralPublic, recipientPublic), SEAL_INFO));
        byte[] key = new byte[KEY_LENGTH];
        hkdf.generateBytes(key, 0, KEY_LENGTH);
        return key;
    }

    /** Compares in time that depends only on the length, so that a tag or a hash cannot be guessed byte by byte. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return Arrays.constantTimeAreEqual(a, b);
    }
}
