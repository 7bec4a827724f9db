package be.kompas.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record NewStaffMember(String personnelNumber, String surname, String givenName, String grade, UnitId unit,
        @Nullable JobFunctionId function, EmploymentKind employmentKind, @Nullable StaffMemberId firstLineManager,
        @Nullable StaffMemberId secondLineManager, @Nullable String email, LocalDate entryDate) {
}
