package be.kompas.registers.web;

import org.jspecify.annotations.Nullable;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;

/** The caller's own staff record: what they file under. */
final class Own {

    private Own() {
    }

    static @Nullable StaffMemberId find(KompasUser user) {
        return user.staffMemberId() == null ? null : new StaffMemberId(user.staffMemberId());
    }

    /** @throws InvalidInputException naming {@code staffMemberId} for an account without a staff record */
    static StaffMemberId staff(KompasUser user) {
        var own = find(user);
        if (own == null) {
            throw InvalidInputException.of("staffMemberId", "this account is not linked to a staff member");
        }
        return own;
    }
}
