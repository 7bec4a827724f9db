package be.kompas.registers;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberId;

/**
 * A random alcohol or drug test of a staff member.
 *
 * @param drawId the random draw that selected them, {@code null} for a test recorded on its own
 */
public record AlcoholDrugTest(UUID id, @Nullable UUID drawId, StaffMemberId staff, String staffName, String unitName,
        AlcoholDrugTestInput input, Instant createdAt) {

    public boolean pending() {
        return input.result() == null;
    }
}
