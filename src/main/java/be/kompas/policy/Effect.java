package be.kompas.policy;

import java.math.BigDecimal;

/** E, the severity scale of domain.md 7.1. */
public enum Effect implements ScaleValue {

    CATASTROPHIC("100"), EXPLOSIVE_IMPACT("40"), VERY_SERIOUS("15"), CONSIDERABLE("7"), IMPORTANT("3"),
    MEANINGFUL("1");

    private final BigDecimal value;

    Effect(String value) {
        this.value = new BigDecimal(value);
    }

    @Override
    public BigDecimal value() {
        return value;
    }
}
