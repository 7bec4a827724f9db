package be.kompas.complaints;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Written as its plain UUID in JSON. */
public record ComplaintId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
