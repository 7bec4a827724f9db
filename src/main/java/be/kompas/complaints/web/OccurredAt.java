package be.kompas.complaints.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import be.kompas.core.InvalidInputException;

/** When something happened, as the API takes it: a date ({@code 2026-03-01}) or a local date-time. */
record OccurredAt(@Nullable LocalDate date, @Nullable LocalTime time) {

    static final OccurredAt UNKNOWN = new OccurredAt(null, null);

    /** @throws InvalidInputException naming {@code occurredAt} */
    static OccurredAt parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        try {
            if (value.strip().length() == 10) {
                return new OccurredAt(LocalDate.parse(value.strip()), null);
            }
            var dateTime = LocalDateTime.parse(value.strip());
            return new OccurredAt(dateTime.toLocalDate(), dateTime.toLocalTime());
        }
        catch (DateTimeParseException e) {
            throw InvalidInputException.of("occurredAt", "is not a date (2026-03-01) or date-time (2026-03-01T14:30)");
        }
    }
}
