package be.kompas.tenancy;

import java.io.Serializable;
import java.util.UUID;

/** Serializable as part of the signed-in user, which sessions stored in the database keep. */
public record OrganisationId(UUID value) implements Serializable {

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
