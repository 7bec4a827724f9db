package be.kompas.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** One step of a Fine &amp; Kinney scale: its number and the message key of its label. */
public interface ScaleValue {

    BigDecimal value();

    String name();

    default String labelKey() {
        return "policy.scale." + getClass().getSimpleName() + "." + name();
    }

    /** The step of {@code scale} with this number, compared by value so that 0.5 and 0.50 match. */
    static <S extends Enum<S> & ScaleValue> Optional<S> of(Class<S> scale, BigDecimal value) {
        return Arrays.stream(scale.getEnumConstants()).filter(step -> step.value().compareTo(value) == 0).findFirst();
    }
}
