package be.kompas.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A staff member's whole record.
 *
 * @param exitDate the day they left, or {@code null} while in service
 * @param history every employment period, oldest first
 */
public record StaffMemberDetails(StaffMemberSummary summary, @Nullable JobFunctionId functionId,
        @Nullable String email, LocalDate entryDate, @Nullable LocalDate exitDate,
        @Nullable StaffMemberRef firstLineManager, @Nullable StaffMemberRef secondLineManager,
        List<EmploymentPeriod> history) {

    public StaffMemberId id() {
        return summary.id();
    }

    public String fullName() {
        return summary.fullName();
    }
}
