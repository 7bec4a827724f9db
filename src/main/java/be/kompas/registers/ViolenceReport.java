package be.kompas.registers;

import java.time.Instant;
import java.util.UUID;

import be.kompas.people.StaffMemberId;

/**
 * A report of violence against a staff member.
 *
 * @param noExpediencyDismissal at least one day of incapacity: the assault may not be dropped for expediency
 *     (COL 10/2017, domain.md 9.2)
 */
public record ViolenceReport(UUID id, StaffMemberId victim, String victimName, String unitName,
        ViolenceReportInput input, boolean noExpediencyDismissal, Instant createdAt) {

    public static boolean flags(int incapacityDays) {
        return incapacityDays >= 1;
    }
}
