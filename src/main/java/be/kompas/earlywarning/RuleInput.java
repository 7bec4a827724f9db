package be.kompas.earlywarning;

import org.jspecify.annotations.Nullable;

/** A new rule, or the next version of one (same code). */
public record RuleInput(String code, String indicator, int windowMonths, Denominator denominator,
        @Nullable Integer threshold, @Nullable Integer minPercentile, Combination combination, int minPeers,
        boolean active, String note) {
}
