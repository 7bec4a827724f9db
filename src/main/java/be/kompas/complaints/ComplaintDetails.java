package be.kompas.complaints;

import java.time.LocalTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One item with everything its reader may see.
 *
 * @param contact the complainant's identity, {@code null} for readers who do not handle complaints
 * @param duplicateOf the earlier item this one was linked to
 * @param possibleDuplicates earlier items that look like this one, proposed for linking (handlers only)
 * @param attachments the files that came with it, cleaned of metadata (handlers only: a photo may identify)
 * @param duties whom the coordinator informs of it (domain.md 1.4), open ones first
 */
public record ComplaintDetails(ComplaintSummary summary, String description, @Nullable LocalDate occurredOn,
        @Nullable LocalTime occurredTime, @Nullable String location, @Nullable String involvedText,
        boolean anonymous, @Nullable Contact contact, String language, Set<ComplaintTag> tags,
        @Nullable String routeNote, @Nullable String acknowledgement, @Nullable LocalDate acknowledgedOn,
        @Nullable String answer, List<InvolvedStaff> involved, List<HistoryStep> history,
        @Nullable ComplaintSummary duplicateOf, List<ComplaintSummary> possibleDuplicates,
        List<ComplaintAttachment> attachments, List<InformationDuty> duties) {
}
