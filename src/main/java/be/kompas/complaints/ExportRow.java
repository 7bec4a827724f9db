package be.kompas.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One item as the exports show it: no complainant, no contact details, no free text. Only the CSV, which the zone's
 * own readers download (customer coordinator, chief of police, who see the staff involved on the item's page too),
 * shows {@code staff}; the PDF for the control bodies and the KLFP file leave it out.
 *
 * @param units the units of the staff involved, joined with {@code ; }
 * @param tags the ombuds norms and themes it was tagged with
 * @param involvedStaff how many staff members (not units) are linked to it
 * @param staff the staff members involved as recorded, each as personnel number and name (either may be missing,
 *     both go when the record is anonymised), by name
 */
public record ExportRow(String reference, ComplaintKind kind, Channel channel, LocalDate receivedOn,
        ComplaintStatus status, @Nullable String factCode, @Nullable Route route, @Nullable Outcome outcome,
        @Nullable LocalDate closedOn, @Nullable Integer leadDays, String units, Set<ComplaintTag> tags,
        int involvedStaff, List<String> staff) {
}
