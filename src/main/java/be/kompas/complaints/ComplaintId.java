package be.kompas.complaints;

import java.util.UUID;

public record ComplaintId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
