package be.kompas.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberId;

/**
 * An ancillary activity and where its application stands.
 *
 * @param alerts why the activity deserves a closer look: {@code VULNERABLE_FUNCTION}, or {@code KEYWORD:<word>} for a
 *     word of the organisation's conflict list
 * @param favourableAdvice the line manager's advice, {@code null} before it is given
 * @param validUntil the last day a granted permission runs
 */
public record AncillaryActivity(UUID id, StaffMemberId staff, String staffName, String unitName, AncillaryInput input,
        List<String> alerts, AncillaryStatus status, @Nullable StaffMemberId adviser, @Nullable String adviserName,
        @Nullable Boolean favourableAdvice, String adviceText, String decisionReasons, String conditions,
        @Nullable LocalDate validUntil, Instant createdAt) {
}
