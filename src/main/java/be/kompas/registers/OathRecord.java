package be.kompas.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.kompas.people.StaffMemberId;

/**
 * A staff member took the oath or signed a document.
 *
 * @param document which text or version, e.g. the values document of 2024
 */
public record OathRecord(UUID id, StaffMemberId staff, String staffName, String unitName, OathKind kind,
        String document, LocalDate signedOn, Instant createdAt) {
}
