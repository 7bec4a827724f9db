package be.kompas.people;

import org.jspecify.annotations.Nullable;

/**
 * A unit of the organisation: the corps, a department, a service or a team.
 *
 * @param head who leads the unit; the last resort of the line-manager rule
 */
public record Unit(UnitId id, @Nullable UnitId parentId, String code, String name, UnitKind kind,
        @Nullable StaffMemberId head) {
}
