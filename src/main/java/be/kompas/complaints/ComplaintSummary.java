package be.kompas.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An item as lists show it.
 *
 * @param acknowledgementOverdue not acknowledged and past its acknowledgement deadline
 * @param answerOverdue not closed and past its answer deadline
 */
public record ComplaintSummary(ComplaintId id, String reference, ComplaintKind kind, Channel channel,
        ComplaintStatus status, LocalDate receivedOn, @Nullable String factCode, @Nullable Route route,
        @Nullable Outcome outcome, LocalDate acknowledgeDue, LocalDate answerDue, @Nullable LocalDate closedOn,
        boolean acknowledgementOverdue, boolean answerOverdue) {

    public boolean overdue() {
        return acknowledgementOverdue || answerOverdue;
    }
}
