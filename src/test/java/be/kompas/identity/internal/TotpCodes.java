package be.kompas.identity.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Second-factor codes for a demo secret, as the user's authenticator app would show them. */
public final class TotpCodes {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TotpCodes() {
    }

    public static String now(String base32Secret) {
        return Totp.code(base32Secret, currentStep());
    }

    /**
     * A code Kompas has not accepted before: it accepts each time step once per user and one step either side of
     * now, so a test that signs in the same user again takes the next step.
     */
    public static synchronized String next(String base32Secret) {
        long now = currentStep();
        long step = Math.max(now, LAST_STEP.getOrDefault(base32Secret, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            // Both usable steps are spent: only time gives a new one.
            waitForStep(step - 1);
        }
        LAST_STEP.put(base32Secret, step);
        return Totp.code(base32Secret, step);
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
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
