package be.kompas.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberId;

/**
 * A screening of a staff member, planned or done.
 *
 * @param outcome {@code null} until done, and for every reader without {@link RegisterPermissions#SCREENING_MANAGE}
 */
public record Screening(UUID id, StaffMemberId staff, String staffName, ScreeningKind kind, LocalDate dueOn,
        @Nullable LocalDate doneOn, @Nullable ScreeningOutcome outcome, String outcomeNote, Instant createdAt) {
}
