package be.kompas.lookups.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One alert as a reviewer sees it: the look-up, the context that was checked, the decision, and the identities
 * only when a second reviewer approved this reviewer's request to reveal them.
 *
 * @param teamCases     the officer's team's cases that involve the subject, each with its state at that time
 * @param reveal        the state of this reviewer's reveal request, {@code NONE}, {@code REQUESTED} or
 *                      {@code APPROVED}
 * @param identity      the real identities, after an approved reveal
 */
public record AlertView(AlertSummary summary, @Nullable String caseRef, List<TeamCase> teamCases, String typedCase,
        @Nullable Boolean onDuty, @Nullable String relation, @Nullable String explanation,
        @Nullable String decidedBy, @Nullable Instant decidedAt, String reveal, @Nullable Identity identity) {

    public record TeamCase(String reference, String state) {
    }

    /** @param staffName the staff member whose personnel number is the officer's identifier, if any */
    public record Identity(String officerId, String subjectId, @Nullable String staffName,
            @Nullable String staffUnit) {
    }
}
