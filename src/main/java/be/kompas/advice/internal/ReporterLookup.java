package be.kompas.advice.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import be.kompas.core.crypto.Crypto;
import be.kompas.tenancy.Organisation;

/**
 * How a reporter finds their report again without the name being stored: a lookup tag, Argon2id of the organisation
 * and the normalised name under the organisation's secret salt; and the reporter's key, Argon2id of name and
 * passphrase under the report's own salt. Repeated failures for one tag slow down further attempts; no client
 * address is involved.
 */
@Component
class ReporterLookup {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofHours(1);

    private final AdviceRepository reports;
    private final Crypto crypto;
    private final Clock clock;

    ReporterLookup(AdviceRepository reports, Crypto crypto, Clock clock) {
        this.reports = reports;
        this.crypto = crypto;
        this.clock = clock;
    }

    byte[] tag(Organisation organisation, String name) {
        byte[] salt = reports.lookupSalt(organisation.id(), crypto.newSalt());
        return crypto.deriveKey(organisation.code() + "\n" + normalise(name), salt);
    }

    byte[] reporterKey(String name, String passphrase, byte[] salt) {
        return crypto.deriveKey(normalise(name) + "\n" + passphrase, salt);
    }

    /** Spends the same Argon2id work as a real attempt, so a name without report costs as long as a wrong passphrase. */
    void dummyAttempt(String name, String passphrase) {
        reporterKey(name, passphrase, new byte[Crypto.SALT_LENGTH]);
    }

    boolean blocked(byte[] tag) {
        return reports.throttle(tag).map(t -> t.blockedUntil() != null && t.blockedUntil().isAfter(clock.instant()))
                .orElse(false);
    }

    void failed(byte[] tag) {
        int failures = reports.throttle(tag).map(AdviceRepository.Throttle::failures).orElse(0) + 1;
        Instant blockedUntil = null;
        if (failures >= FREE_FAILURES) {
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failures - FREE_FAILURES, 10));
            blockedUntil = clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        }
        reports.storeThrottle(tag, failures, blockedUntil);
    }

    void succeeded(byte[] tag) {
        reports.clearThrottle(tag);
    }

    /** Case, accents written in different ways and extra spaces do not make another name. */
    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
