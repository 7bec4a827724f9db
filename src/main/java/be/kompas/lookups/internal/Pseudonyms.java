package be.kompas.lookups.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms such as {@code OFF-7F3A2C}: a keyed HMAC of the identifier with the import's own secret, so that a
 * reviewer can follow one officer through an import but cannot compute or compare pseudonyms across imports.
 */
final class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mac mac;

    Pseudonyms(byte[] secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    String officer(String id) {
        return "OFF-" + digest("officer:" + id);
    }

    String subject(String id) {
        return "SUB-" + digest("subject:" + id);
    }

    private String digest(String text) {
        byte[] hash = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 3).toUpperCase(Locale.ROOT);
    }
}
