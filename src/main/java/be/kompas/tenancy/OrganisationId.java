package be.kompas.tenancy;

import java.util.UUID;

public record OrganisationId(UUID value) {

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
