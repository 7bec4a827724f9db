package be.kompas.policy;

import java.util.UUID;

public record RiskId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
