package be.kompas.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

class CryptoTests {

    /** Cheap Argon2id, as in the test profile; {@link #deriveKeyAtProductionCost} checks the real setting. */
    private final Crypto crypto = new Crypto(new Crypto.Argon2Settings(64, 1, 1));

    private static byte[] hex(String value) {
        return Hex.decode(value);
    }

    private static byte[] repeat(int value, int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void x25519MatchesRfc7748ScalarMultiplicationVector() {
        byte[] result = Crypto.x25519(hex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
                hex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"));
        assertThat(Hex.toHexString(result))
                .isEqualTo("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    }

    @Test
    void x25519MatchesRfc7748DiffieHellmanVector() {
        byte[] alicePrivate = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] bobPrivate = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        assertThat(Hex.toHexString(Crypto.publicKeyOf(alicePrivate)))
                .isEqualTo("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        assertThat(Hex.toHexString(Crypto.publicKeyOf(bobPrivate)))
                .isEqualTo("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        String shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
        assertThat(Hex.toHexString(Crypto.x25519(alicePrivate, Crypto.publicKeyOf(bobPrivate)))).isEqualTo(shared);
        assertThat(Hex.toHexString(Crypto.x25519(bobPrivate, Crypto.publicKeyOf(alicePrivate)))).isEqualTo(shared);
    }

    @Test
    void argon2idMatchesRfc9106Vector() {
        byte[] tag = Crypto.argon2id(repeat(1, 32), repeat(2, 16), 32, 3, 4, 32, repeat(3, 8), repeat(4, 12));
        assertThat(Hex.toHexString(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void aesGcmMatchesNistVectors() {
        // McGrew and Viega, "The Galois/Counter Mode of Operation", test cases 14 and 16 (AES-256).
        assertThat(Hex.toHexString(Crypto.gcmEncrypt(new byte[32], new byte[12], new byte[16], new byte[0])))
                .isEqualTo("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919");
        byte[] key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        byte[] plaintext = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        byte[] result = Crypto.gcmEncrypt(key, hex("cafebabefacedbaddecaf888"), plaintext,
                hex("feedfacedeadbeeffeedfacedeadbeefabaddad2"));
        assertThat(Hex.toHexString(result)).isEqualTo("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    @Test
    void encryptionRoundTripsAndHidesThePlaintext() {
        byte[] key = crypto.newKey();
        byte[] plaintext = "a question about a gift".getBytes(StandardCharsets.UTF_8);
        byte[] first = crypto.encrypt(key, plaintext, new byte[] { 1 });
        byte[] second = crypto.encrypt(key, plaintext, new byte[] { 1 });
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("question");
        assertThat(crypto.decrypt(key, first, new byte[] { 1 })).isEqualTo(plaintext);
        assertThat(crypto.decryptText(key, crypto.encryptText(key, "één vraag", new byte[0]), new byte[0]))
                .isEqualTo("één vraag");
    }

    @Test
    void decryptionRefusesAWrongKeyTamperedDataOrOtherAssociatedData() {
        byte[] key = crypto.newKey();
        byte[] sealed = crypto.encrypt(key, new byte[] { 1, 2, 3 }, new byte[] { 7 });
        assertThatThrownBy(() -> crypto.decrypt(crypto.newKey(), sealed, new byte[] { 7 }))
                .isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> crypto.decrypt(key, sealed, new byte[] { 8 })).isInstanceOf(CryptoException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> crypto.decrypt(key, sealed, new byte[] { 7 })).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> crypto.decrypt(key, new byte[3], new byte[0])).isInstanceOf(CryptoException.class);
    }

    @Test
    void sealedKeyOpensOnlyWithTheRecipientsPrivateKey() {
        var recipient = crypto.newKeyPair();
        byte[] reportKey = crypto.newKey();
        byte[] sealed = crypto.seal(recipient.publicKey(), reportKey);
        assertThat(sealed).isNotEqualTo(crypto.seal(recipient.publicKey(), reportKey));
        assertThat(crypto.open(recipient.privateKey(), sealed)).isEqualTo(reportKey);
        assertThatThrownBy(() -> crypto.open(crypto.newKeyPair().privateKey(), sealed))
                .isInstanceOf(CryptoException.class);
    }

    @Test
    void derivedKeysDependOnSecretAndSalt() {
        byte[] salt = crypto.newSalt();
        assertThat(crypto.deriveKey("name passphrase", salt)).hasSize(32)
                .isEqualTo(crypto.deriveKey("name passphrase", salt))
                .isNotEqualTo(crypto.deriveKey("name passphrasf", salt))
                .isNotEqualTo(crypto.deriveKey("name passphrase", crypto.newSalt()));
    }

    @Test
    void deriveKeyAtProductionCost() {
        var production = new Crypto(new Crypto.Argon2Settings(19456, 2, 1));
        long start = System.nanoTime();
        byte[] key = production.deriveKey("correct horse battery staple", new byte[16]);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(key).isNotEqualTo(crypto.deriveKey("correct horse battery staple", new byte[16]));
        // Slow enough to hinder guessing, fast enough for a login.
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void comparesInConstantTime() {
        assertThat(Crypto.constantTimeEquals(new byte[] { 1, 2 }, new byte[] { 1, 2 })).isTrue();
        assertThat(Crypto.constantTimeEquals(new byte[] { 1, 2 }, new byte[] { 1, 3 })).isFalse();
        assertThat(Crypto.constantTimeEquals(new byte[] { 1, 2 }, new byte[] { 1 })).isFalse();
    }
}
