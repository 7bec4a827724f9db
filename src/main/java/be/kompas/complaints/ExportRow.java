package be.kompas.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One item as the CSV export shows it: no names, no contact details, no free text. */
public record ExportRow(String reference, ComplaintKind kind, Channel channel, LocalDate receivedOn,
        ComplaintStatus status, @Nullable String factCode, @Nullable Route route, @Nullable Outcome outcome,
        @Nullable LocalDate closedOn, @Nullable Integer leadDays, String units) {
}
