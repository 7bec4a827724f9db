package be.kompas.policy;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recommendation of a control body and its follow-up.
 *
 * @param reference the report or letter it comes from
 * @param measures what the organisation decided to do about it
 */
public record Recommendation(UUID id, RecommendationSource source, String reference, LocalDate issuedOn, String text,
        String measures, String owner, @Nullable LocalDate dueDate, RecommendationStatus status, String evidence) {

    public boolean overdueOn(LocalDate today) {
        return !status.implemented() && dueDate != null && dueDate.isBefore(today);
    }
}
