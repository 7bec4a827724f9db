package be.kompas.registers;

import java.time.LocalDate;

import be.kompas.people.StaffMemberId;

/** A screening that a staff member is due for, computed from their career and the organisation's settings. */
public record DueScreening(StaffMemberId staff, String staffName, String unitName, ScreeningKind kind,
        LocalDate dueOn, boolean overdue) {
}
