package be.kompas.complaints;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff member a complaint concerns, as recorded: linked to the staff record when known.
 *
 * @param managerId the line manager a compliment was forwarded to
 */
public record InvolvedStaff(UUID id, @Nullable UUID staffId, @Nullable String personnelNumber,
        @Nullable String name, @Nullable UUID unitId, @Nullable String unitName, @Nullable UUID managerId,
        @Nullable LocalDate forwardedOn) {
}
