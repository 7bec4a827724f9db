package be.kompas.policy;

import java.math.BigDecimal;

/** W, the probability scale of domain.md 7.1, estimated as if there were no prevention measures. */
public enum Probability implements ScaleValue {

    ALMOST_CERTAIN("10"), QUITE_POSSIBLE("6"), UNUSUAL_BUT_POSSIBLE("3"), ONLY_LONG_TERM("2"), VERY_UNLIKELY("1"),
    PRACTICALLY_IMPOSSIBLE("0.5");

    private final BigDecimal value;

    Probability(String value) {
        this.value = new BigDecimal(value);
    }

    @Override
    public BigDecimal value() {
        return value;
    }
}
