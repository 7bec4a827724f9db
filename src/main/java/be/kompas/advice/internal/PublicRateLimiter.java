package be.kompas.advice.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import be.kompas.tenancy.OrganisationId;

/**
 * Token buckets per organisation and action, in memory: they limit how fast the whole public channel of one
 * organisation can be used, so no client address is ever needed. The price is that a flood delays honest reporters
 * for a while; it cannot fill the database.
 */
@Component
@EnableConfigurationProperties(PublicRateLimiter.Settings.class)
public class PublicRateLimiter {

    public enum Action {
        SUBMIT, LOGIN
    }

    /**
     * @param submissionsPerHour new reports one organisation accepts per hour (and at once)
     * @param loginsPerHour reporter logins and replies one organisation accepts per hour (and at once)
     * @param provenSubmissionsPerHour new reports with a valid {@link ProofOfWork} accepted per hour, on top of the
     *     others: when a flood without proofs empties the plain budget, browsers that did the work still get through
     */
    @ConfigurationProperties("kompas.advice.rate")
    record Settings(@DefaultValue("60") int submissionsPerHour, @DefaultValue("600") int loginsPerHour,
            @DefaultValue("240") int provenSubmissionsPerHour) {
    }

    private record Bucket(double tokens, Instant at) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Settings settings;
    private final Clock clock;

    PublicRateLimiter(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes a token, or throws {@link RateLimitedException} when the bucket is empty. */
    public void take(OrganisationId organisation, Action action) {
        take(organisation, action, false);
    }

    /**
     * Takes a token from the plain budget, or, for a submission with a valid proof of work when that is empty, from
     * the proven one.
     */
    public void take(OrganisationId organisation, Action action, boolean proven) {
        int perHour = action == Action.SUBMIT ? settings.submissionsPerHour() : settings.loginsPerHour();
        if (tryTake(organisation.value() + "/" + action, perHour)) {
            return;
        }
        if (!(proven && action == Action.SUBMIT
                && tryTake(organisation.value() + "/proven", settings.provenSubmissionsPerHour()))) {
            throw new RateLimitedException();
        }
    }

    private boolean tryTake(String name, int perHour) {
        Instant now = clock.instant();
        boolean[] granted = new boolean[1];
        buckets.compute(name, (key, bucket) -> {
            double refill = bucket == null ? perHour
                    : Math.min(perHour, bucket.tokens() + perHour * Duration.between(bucket.at(), now).toMillis()
                            / (double) Duration.ofHours(1).toMillis());
            granted[0] = refill >= 1;
            return new Bucket(granted[0] ? refill - 1 : refill, now);
        });
        return granted[0];
    }
}
