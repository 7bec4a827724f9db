package be.kompas.policy;

import org.jspecify.annotations.Nullable;

/** Filters of the register: by net class and by text in the title. */
public record RiskQuery(@Nullable RiskClass riskClass, @Nullable String text) {

    public static RiskQuery all() {
        return new RiskQuery(null, null);
    }
}
