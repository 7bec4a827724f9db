package be.kompas.people;

import org.jspecify.annotations.Nullable;

/** A staff member as lists show them. */
public record StaffMemberSummary(StaffMemberId id, String personnelNumber, String surname, String givenName,
        String grade, UnitId unitId, String unitName, @Nullable String functionName, boolean vulnerableFunction,
        EmploymentKind employmentKind, boolean inService) {

    public String fullName() {
        return givenName + " " + surname;
    }
}
