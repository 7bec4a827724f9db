package be.kompas.registers;

import java.time.Instant;
import java.util.UUID;

import be.kompas.people.StaffMemberId;

/**
 * Follow-up for personnel care that a register asks for.
 *
 * @param source the report that asked for it
 */
public record CareTask(UUID id, Kind kind, UUID source, StaffMemberId staff, String staffName, Instant createdAt) {

    public enum Kind {
        /** After force with no clear fault (action H10). */
        DEBRIEFING,
        /** For a victim of violence (domain.md 9.2). */
        AFTERCARE
    }

    public CareTask named(String name) {
        return new CareTask(id, kind, source, staff, name, createdAt);
    }
}
