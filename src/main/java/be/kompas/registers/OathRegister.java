package be.kompas.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;

/**
 * The oath or values-document register (domain.md 2.3 and 8.3): who took the oath or signed which document, and
 * when. A staff member records their own; {@link RegisterPermissions#TRAINING_MANAGE} records anyone's and reads all.
 */
public interface OathRegister extends Register<OathRecord> {

    /** @throws be.kompas.core.InvalidInputException naming {@code signedOn} or {@code staffMemberId} */
    UUID record(KompasUser viewer, StaffMemberId staff, OathKind kind, String document, LocalDate signedOn);

    /** Staff in service with no oath or affirmation on record, by name. */
    List<String> withoutOath(KompasUser manager);
}
