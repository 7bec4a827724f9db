package be.kompas.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param argon2 cost of password hashing; tests lower it, production keeps the OWASP-recommended default
 * @param lockout how repeated failures slow down further attempts
 */
@ConfigurationProperties("kompas.identity")
record IdentitySettings(@DefaultValue Argon2 argon2, @DefaultValue Lockout lockout) {

    /** Defaults follow OWASP's Argon2id minimum: 19 MiB, two iterations, one lane. */
    record Argon2(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations) {
    }

    /**
     * @param freeAttempts failures allowed before the account locks
     * @param firstLock how long the first lock lasts; each further failure doubles it
     * @param maxLock the longest lock
     */
    record Lockout(@DefaultValue("5") int freeAttempts, @DefaultValue("1m") Duration firstLock,
            @DefaultValue("1h") Duration maxLock) {

        Duration lockAfter(int failures) {
            if (failures < freeAttempts) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeAttempts, 20);
            Duration lock = firstLock.multipliedBy(1L << doublings);
            return lock.compareTo(maxLock) > 0 ? maxLock : lock;
        }
    }
}
