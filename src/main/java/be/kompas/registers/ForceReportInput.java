package be.kompas.registers;

import java.time.LocalDate;
import java.util.List;

import be.kompas.people.StaffMemberId;

/**
 * What an officer writes in a use-of-force report.
 *
 * @param involved the other staff members who took part
 * @param means codes of {@link ForceMeans}
 * @param wentWell the learning questions of domain.md 9.1: did it go well, did I do well, would I do it again
 */
public record ForceReportInput(LocalDate occurredOn, String place, IncidentType incidentType,
        List<StaffMemberId> involved, List<String> means, String reason, String subjectInjuries,
        String staffInjuries, boolean medicalCare, boolean bodyCamera, String incidentReport, String wentWell,
        String didWell, String wouldRepeat) {
}
