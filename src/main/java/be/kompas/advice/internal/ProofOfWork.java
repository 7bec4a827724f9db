package be.kompas.advice.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * A proof of work for the public channel, as an addition to the rate limits where JavaScript runs: the page gets a
 * challenge, the browser searches a nonce whose SHA-256 over {@code challenge:nonce} starts with {@link #bits()} zero
 * bits, and a submission that carries a valid, unused solution draws on its own, larger budget
 * ({@link PublicRateLimiter}). A flood therefore costs the flooder CPU time per request, while nothing about any
 * client is stored: the challenge is random and signed with a key that lives only in memory, and a used challenge is
 * remembered only until it expires. Standard JCA primitives (SHA-256, HMAC-SHA256) only.
 */
@Component
@EnableConfigurationProperties(ProofOfWork.Settings.class)
public class ProofOfWork {

    /**
     * @param bits leading zero bits the hash must have (each bit doubles the expected work)
     * @param validity how long a challenge may be solved and used
     */
    @ConfigurationProperties("kompas.advice.proof-of-work")
    record Settings(@DefaultValue("14") int bits, @DefaultValue("PT30M") Duration validity) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Settings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    ProofOfWork(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        random.nextBytes(key);
    }

    public int bits() {
        return settings.bits();
    }

    /** A fresh challenge: {@code random.expiry.signature}, nothing about who asks. */
    public String challenge() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = ENCODER.encodeToString(nonce) + "." + clock.instant().plus(settings.validity()).getEpochSecond();
        return body + "." + sign(body);
    }

    /** Whether the solution is right, the challenge ours and unexpired, and not used before (it is used now). */
    public boolean verify(@Nullable String challenge, @Nullable String solution) {
        if (challenge == null || solution == null || solution.isEmpty() || solution.length() > 40) {
            return false;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String body = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant expiry;
        try {
            expiry = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return false;
        }
        Instant now = clock.instant();
        if (expiry.isBefore(now) || !hasLeadingZeroBits(sha256(challenge + ":" + solution), settings.bits())) {
            return false;
        }
        used.values().removeIf(until -> until.isBefore(now));
        return used.putIfAbsent(challenge, expiry) == null;
    }

    static boolean hasLeadingZeroBits(byte[] hash, int bits) {
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
