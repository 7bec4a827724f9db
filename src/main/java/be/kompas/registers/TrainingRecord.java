package be.kompas.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.kompas.people.StaffMemberId;

/** A staff member followed a course on a day. */
public record TrainingRecord(UUID id, StaffMemberId staff, String staffName, String unitName, String courseCode,
        String courseName, boolean dilemma, LocalDate completedOn, String note, Instant createdAt) {
}
