package be.kompas.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a staff record that change in place. Unit, function and grade change only by a {@link Transfer}, so
 * that the employment history keeps every step.
 */
public record StaffMemberChange(String surname, String givenName, EmploymentKind employmentKind,
        @Nullable StaffMemberId firstLineManager, @Nullable StaffMemberId secondLineManager, @Nullable String email,
        @Nullable LocalDate exitDate) {
}
