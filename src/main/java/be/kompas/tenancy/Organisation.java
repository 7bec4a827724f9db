package be.kompas.tenancy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A tenant of Kompas.
 *
 * @param code the short code used in public URLs, e.g. {@code /public/advice/demo}
 * @param zoneNumber the zone number of a local police zone (e.g. 5415 for PZ Gent)
 * @param locale the organisation's working language, used for documents it sends
 */
public record Organisation(OrganisationId id, String code, String name, OrganisationKind kind,
        @Nullable String zoneNumber, Locale locale) {

    public boolean isInspectorate() {
        return kind == OrganisationKind.INSPECTORATE;
    }
}
