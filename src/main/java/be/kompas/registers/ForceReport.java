package be.kompas.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberId;

/** A use-of-force report as its readers see it. */
public record ForceReport(UUID id, StaffMemberId officer, String officerName, String unitName,
        ForceReportInput input, List<String> involvedNames, ForceStatus status, @Nullable StaffMemberId supervisor,
        @Nullable String supervisorName, String supervisorRemark, String analysis, String lesson, String actionCode,
        String source, Instant createdAt) {

    public LocalDate occurredOn() {
        return input.occurredOn();
    }
}
