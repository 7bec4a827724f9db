package be.kompas.complaints;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One information duty of a complaint and whether it was fulfilled.
 *
 * @param recipientName the staff member or unit informed; {@code null} for Comité P and the AIG
 * @param aroseOn the day of the step that gave rise to it: the day of receipt, of routing or of closing
 * @param dueOn the day it should be sent by: the acknowledgement term of the service level, in working days from
 *     {@code aroseOn}
 * @param message the message as sent, in {@code language}; {@code null} until sent
 * @param overdue not sent and past its due day
 */
public record InformationDuty(UUID id, ComplaintId complaint, String reference, DutyOccasion occasion,
        DutyRecipient recipient, @Nullable String recipientName, LocalDate aroseOn, LocalDate dueOn, @Nullable LocalDate sentOn,
        @Nullable String sentBy, @Nullable String language, @Nullable String message, boolean overdue) {

    public boolean sent() {
        return sentOn != null;
    }
}
