package be.kompas.lookups.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An alert with what the import read about it: the look-up's row of {@code events.csv} and the context that was
 * checked, since the engine's alert carries only identifiers, score and reasons.
 *
 * @param teamCases the cases of the officer's team that involve the subject, as {@code ref:STATE} joined by
 *                  {@code ;}, state {@code OPEN}, {@code CLOSED} or {@code NOT_YET} at the look-up's time
 * @param typedCase what the typed case reference turned out to be, a {@link TypedCase} name
 * @param onDuty    whether a shift covers the look-up; {@code null} when the officer has no roster
 */
record StoredAlert(String eventId, String officerId, String subjectId, @Nullable String teamId, int score,
        int reasons, @Nullable Instant occurredAt, @Nullable String source, @Nullable String action,
        @Nullable String caseRef, String teamCases, String typedCase, @Nullable Boolean onDuty,
        @Nullable String relation) {

    enum TypedCase {
        NONE, UNKNOWN, OTHER_TEAM, NOT_OPEN, NOT_INVOLVED, EXPLAINS
    }
}
