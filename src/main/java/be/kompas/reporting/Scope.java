package be.kompas.reporting;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * Whose figures: a whole organisation, or a line manager's unit (the staff of the unit tree).
 *
 * @param staff the staff members of the unit, {@code null} for the whole organisation
 */
public record Scope(OrganisationId organisation, @Nullable Set<UUID> staff) {

    public static Scope organisation(OrganisationId organisation) {
        return new Scope(organisation, null);
    }

    public boolean wholeOrganisation() {
        return staff == null;
    }
}
