package be.kompas.earlywarning.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;

/** One version of a rule. */
public record Rule(UUID id, String code, int version, String indicator, int windowMonths, Denominator denominator,
        @Nullable Integer threshold, @Nullable Integer minPercentile, Combination combination, int minPeers,
        boolean active, String note, String createdBy, Instant createdAt) {

    PeerRanking.Criteria criteria() {
        return new PeerRanking.Criteria(denominator, threshold, minPercentile, combination, minPeers);
    }
}
