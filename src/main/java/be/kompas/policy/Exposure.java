package be.kompas.policy;

import java.math.BigDecimal;

/** B, the exposure scale of domain.md 7.1. */
public enum Exposure implements ScaleValue {

    CONTINUOUS("10"), DAILY("6"), WEEKLY_OR_OCCASIONAL("3"), MONTHLY("2"), FEW_TIMES_A_YEAR("1"), VERY_RARELY("0.5");

    private final BigDecimal value;

    Exposure(String value) {
        this.value = new BigDecimal(value);
    }

    @Override
    public BigDecimal value() {
        return value;
    }
}
