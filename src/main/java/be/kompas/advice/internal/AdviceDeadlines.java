package be.kompas.advice.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import be.kompas.advice.ReportKind;
import be.kompas.tenancy.OrganisationId;

/**
 * The terms of domain.md: the Advice Point acknowledges within 7 and answers within 30 working days after the day
 * of receipt (section 3); a whistleblower report is acknowledged within 7 calendar days and gets feedback within 3
 * months of the acknowledgement (section 13.3).
 */
@Component
class AdviceDeadlines {

    static final int ACKNOWLEDGE_WORKING_DAYS = 7;
    static final int ANSWER_WORKING_DAYS = 30;
    static final int WHISTLEBLOWER_ACKNOWLEDGE_DAYS = 7;
    static final int WHISTLEBLOWER_FEEDBACK_MONTHS = 3;

    record Terms(LocalDate acknowledgeBy, LocalDate answerBy) {
    }

    Terms atReceipt(OrganisationId organisation, ReportKind kind, LocalDate receivedOn) {
        if (kind == ReportKind.WHISTLEBLOWER) {
            LocalDate acknowledgeBy = receivedOn.plusDays(WHISTLEBLOWER_ACKNOWLEDGE_DAYS);
            return new Terms(acknowledgeBy, acknowledgeBy.plusMonths(WHISTLEBLOWER_FEEDBACK_MONTHS));
        }
        return new Terms(addWorkingDays(organisation, receivedOn, ACKNOWLEDGE_WORKING_DAYS),
                addWorkingDays(organisation, receivedOn, ANSWER_WORKING_DAYS));
    }

    /** The answer deadline once acknowledged: only the whistleblower term runs from the acknowledgement. */
    LocalDate answerByAfterAcknowledgement(ReportKind kind, LocalDate acknowledgedOn, LocalDate answerBy) {
        return kind == ReportKind.WHISTLEBLOWER ? acknowledgedOn.plusMonths(WHISTLEBLOWER_FEEDBACK_MONTHS)
                : answerBy;
    }

    /**
     * The one place that counts working days. Until the shared calendar ({@code be.kompas.calendar.WorkingDays})
     * reaches this branch it skips weekends only; switching it there adds public holidays and days off.
     */
    LocalDate addWorkingDays(OrganisationId organisation, LocalDate from, int days) {
        LocalDate date = from;
        for (int counted = 0; counted < days;) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return date;
    }
}
