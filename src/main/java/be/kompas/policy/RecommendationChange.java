package be.kompas.policy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the coordinator records about a recommendation. */
public record RecommendationChange(RecommendationSource source, String reference, LocalDate issuedOn, String text,
        String measures, String owner, @Nullable LocalDate dueDate, RecommendationStatus status, String evidence) {
}
