package be.kompas.tenancy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

public record NewOrganisation(String code, String name, OrganisationKind kind, @Nullable String zoneNumber,
        Locale locale) {
}
