package be.kompas.complaints;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An item as it comes in. Without contact details it is anonymous, whatever {@code anonymous} says.
 *
 * @param receivedOn the day it reached the organisation, from which the deadlines count
 * @param involvedStaff the staff involved as the citizen describes them: name, number, vehicle, unit
 * @param language the complainant's language, for the letters
 */
public record NewComplaint(ComplaintKind kind, Channel channel, LocalDate receivedOn, String description,
        @Nullable LocalDate occurredOn, @Nullable LocalTime occurredTime, @Nullable String location,
        @Nullable String involvedStaff, Contact contact, boolean anonymous, Locale language) {

    public boolean isAnonymous() {
        return anonymous || contact.isEmpty();
    }
}
