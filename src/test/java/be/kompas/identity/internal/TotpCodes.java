package be.kompas.identity.internal;

import java.time.Instant;

/** The current code for a demo secret, as the user's authenticator app would show it. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String now(String base32Secret) {
        return Totp.code(base32Secret, Instant.now().getEpochSecond() / Totp.STEP_SECONDS);
    }
}
