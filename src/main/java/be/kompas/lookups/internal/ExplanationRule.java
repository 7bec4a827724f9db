package be.kompas.lookups.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's explanation turned into a rule: either "this officer may look up this subject until a date" or "this
 * team may consult this source for this action". Later imports do not propose what a rule covers.
 */
record ExplanationRule(String kind, @Nullable String officerId, @Nullable String subjectId, @Nullable String teamId,
        @Nullable String source, @Nullable String action, @Nullable LocalDate validUntil) {

    static final String OFFICER_SUBJECT = "OFFICER_SUBJECT";
    static final String TEAM_SOURCE = "TEAM_SOURCE";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    boolean covers(StoredAlert alert) {
        if (validUntil != null && (alert.occurredAt() == null
                || alert.occurredAt().atZone(BRUSSELS).toLocalDate().isAfter(validUntil))) {
            return false;
        }
        if (OFFICER_SUBJECT.equals(kind)) {
            return alert.officerId().equals(officerId) && alert.subjectId().equals(subjectId);
        }
        return teamId != null && teamId.equals(alert.teamId()) && Objects.equals(source, alert.source())
                && (action == null || action.equals(alert.action()));
    }
}
