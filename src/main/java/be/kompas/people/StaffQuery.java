package be.kompas.people;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the staff list; empty ones do not filter.
 *
 * @param text part of a name or personnel number
 * @param unit a unit and everything under it
 */
public record StaffQuery(String text, @Nullable UnitId unit, @Nullable EmploymentKind kind,
        @Nullable Boolean vulnerable) {

    public static StaffQuery all() {
        return new StaffQuery("", null, null, null);
    }

    public static StaffQuery text(String text) {
        return new StaffQuery(text, null, null, null);
    }
}
