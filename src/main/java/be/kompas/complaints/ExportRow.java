package be.kompas.complaints;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One item as the exports show it: no names, no contact details, no free text.
 *
 * @param units the units of the staff involved, joined with {@code ; }
 * @param tags the ombuds norms and themes it was tagged with
 * @param involvedStaff how many staff members (not units) are linked to it
 */
public record ExportRow(String reference, ComplaintKind kind, Channel channel, LocalDate receivedOn,
        ComplaintStatus status, @Nullable String factCode, @Nullable Route route, @Nullable Outcome outcome,
        @Nullable LocalDate closedOn, @Nullable Integer leadDays, String units, Set<ComplaintTag> tags,
        int involvedStaff) {
}
