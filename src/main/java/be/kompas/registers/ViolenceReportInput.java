package be.kompas.registers;

import java.time.LocalDate;

/** What a victim (or a colleague for them) writes about violence against staff. */
public record ViolenceReportInput(LocalDate occurredOn, String place, ViolenceType violenceType, String injuries,
        int incapacityDays, String circumstances, boolean aftercareOffered, LegalFollowUp legalFollowUp) {
}
