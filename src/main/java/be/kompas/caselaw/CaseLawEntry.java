package be.kompas.caselaw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One anonymised decision.
 *
 * @param caseId the decided case it was taken from; {@code null} for an older decision entered by hand
 * @param publishedAt when the head of internal oversight published it; drafts are seen only by them
 */
public record CaseLawEntry(UUID id, @Nullable UUID caseId, String facts, List<String> factCodes,
        List<String> riskFamilies, List<String> aggravating, List<String> mitigating, String track, String outcome,
        @Nullable String sanction, int year, @Nullable LocalDate decidedOn, @Nullable Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
