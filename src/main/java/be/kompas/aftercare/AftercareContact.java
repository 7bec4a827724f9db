package be.kompas.aftercare;

import java.time.LocalDate;
import java.util.UUID;

/** A contact with a staff member in the contacts log: when, and what personnel care wants to remember. */
public record AftercareContact(UUID id, UUID staffId, String staffName, LocalDate contactOn, String note,
        String writtenBy) {

    public AftercareContact withStaffName(String name) {
        return new AftercareContact(id, staffId, name, contactOn, note, writtenBy);
    }
}
