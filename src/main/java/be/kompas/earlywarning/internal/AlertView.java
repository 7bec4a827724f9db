package be.kompas.earlywarning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.earlywarning.Denominator;

/** An alert with the rule version it fired under, its figures, and the review. */
public record AlertView(UUID id, UUID staffId, String staffName, String ruleCode, int ruleVersion, String indicator,
        int windowMonths, Denominator denominator, @Nullable Integer threshold, @Nullable Integer minPercentile,
        LocalDate windowFrom, LocalDate windowTo, int eventCount, double exposure, @Nullable Integer percentile,
        int peers, String peerGroup, @Nullable UUID reviewerId, @Nullable String reviewerName,
        @Nullable String assessment, @Nullable Outcome outcome, @Nullable String assessedBy,
        @Nullable Instant assessedAt, @Nullable LocalDate informedOn, @Nullable InformedHow informedHow,
        LocalDate expiresOn, Instant createdAt, boolean expired) {

    public boolean assessed() {
        return outcome != null;
    }
}
