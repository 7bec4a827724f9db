package be.kompas.policy;

import java.math.BigDecimal;

/**
 * The risk classes of domain.md 7.1. The source leaves 20, 70, 200 and 400 unassigned; Kompas puts a boundary value in
 * the lower class (domain.md 13.1): E &le; 20 &lt; D &le; 70 &lt; C &le; 200 &lt; B &le; 400 &lt; A.
 */
public enum RiskClass {

    A(null), B(new BigDecimal("400")), C(new BigDecimal("200")), D(new BigDecimal("70")), E(new BigDecimal("20"));

    /** The highest score of the class, inclusive; none for A. */
    private final @org.jspecify.annotations.Nullable BigDecimal upperBound;

    RiskClass(@org.jspecify.annotations.Nullable BigDecimal upperBound) {
        this.upperBound = upperBound;
    }

    public static RiskClass of(BigDecimal score) {
        var result = A;
        for (var candidate : values()) {
            if (candidate.upperBound != null && score.compareTo(candidate.upperBound) <= 0) {
                result = candidate;
            }
        }
        return result;
    }

    public String labelKey() {
        return "policy.class." + name();
    }
}
