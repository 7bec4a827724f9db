package be.kompas.policy;

import java.util.UUID;

public record ActionId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
