package be.kompas.policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import be.kompas.core.InvalidInputException;

/** One Fine &amp; Kinney assessment: R = W &times; B &times; E and its class. */
public record Scores(Probability probability, Exposure exposure, Effect effect) {

    /**
     * Scores from the numbers of the scales, as an API client sends them.
     *
     * @throws InvalidInputException naming {@code probability}, {@code exposure} or {@code effect} for a number off
     *     its scale
     */
    public static Scores of(@Nullable BigDecimal probability, @Nullable BigDecimal exposure,
            @Nullable BigDecimal effect) {
        var w = probability == null ? null : ScaleValue.of(Probability.class, probability).orElse(null);
        var b = exposure == null ? null : ScaleValue.of(Exposure.class, exposure).orElse(null);
        var e = effect == null ? null : ScaleValue.of(Effect.class, effect).orElse(null);
        var errors = new LinkedHashMap<String, String>();
        if (w == null) {
            errors.put("probability", "must be one of 10, 6, 3, 2, 1, 0.5");
        }
        if (b == null) {
            errors.put("exposure", "must be one of 10, 6, 3, 2, 1, 0.5");
        }
        if (e == null) {
            errors.put("effect", "must be one of 100, 40, 15, 7, 3, 1");
        }
        if (w == null || b == null || e == null) {
            throw new InvalidInputException(errors);
        }
        return new Scores(w, b, e);
    }

    public BigDecimal score() {
        return plain(probability.value().multiply(exposure.value()).multiply(effect.value()));
    }

    /** The sum of the scores, e.g. a function's vulnerability: 252 + 10.5 + 0.5 reads 263, not 263.0. */
    public static BigDecimal total(java.util.Collection<Scores> scores) {
        return plain(scores.stream().map(Scores::score).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        // 200 must not read as 2E+2 in JSON or on a page.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public RiskClass riskClass() {
        return RiskClass.of(score());
    }
}
