package be.kompas.registers;

import java.time.LocalDate;

import be.kompas.people.StaffMemberId;

/** A mandatory course a staff member has not followed, or must follow again, by {@code dueOn}. */
public record TrainingDue(StaffMemberId staff, String staffName, String unitName, String courseCode,
        String courseName, LocalDate dueOn, boolean overdue) {
}
