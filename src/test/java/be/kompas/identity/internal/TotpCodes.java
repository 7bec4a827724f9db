package be.kompas.identity.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Second-factor codes as a user's authenticator app would show them. Kompas accepts each time step once per user and
 * one step either side of now, so a test that signs in the same user again takes the next step.
 */
public final class TotpCodes {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TotpCodes() {
    }

    public static synchronized String next(String secret) {
        long now = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        long step = Math.max(now, LAST_STEP.getOrDefault(secret, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            // Both usable steps are spent: only time gives a new one.
            waitForStep(step - 1);
        }
        LAST_STEP.put(secret, step);
        return Totp.code(secret, step);
    }

    private static void waitForStep(long step) {
        long millis = step * Totp.STEP_SECONDS * 1000 - Instant.now().toEpochMilli();
        try {
            Thread.sleep(Math.max(0, millis));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
