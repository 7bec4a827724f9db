package be.kompas.lookups.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the review queue; empty ones do not filter.
 *
 * @param reason  a reason code
 * @param officer an officer's pseudonym
 * @param from    first day of the look-ups, Brussels time
 * @param status  {@code OPEN}, {@code JUSTIFIED} or {@code UNJUSTIFIED}
 */
public record AlertQuery(@Nullable UUID importId, @Nullable String reason, @Nullable String officer,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String status) {
}
