package be.kompas.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Inbox filters; {@code null} means any. The period applies to the day of receipt. */
public record ComplaintQuery(@Nullable ComplaintStatus status, @Nullable ComplaintKind kind,
        @Nullable Channel channel, @Nullable String factCode, @Nullable LocalDate from, @Nullable LocalDate to,
        boolean overdueOnly) {

    public static final ComplaintQuery ALL = new ComplaintQuery(null, null, null, null, null, null, false);

    /** The filters set, as request parameters each starting with {@code &} (for pagers and the audit trail). */
    public String parameters() {
        var filters = new StringBuilder();
        append(filters, "status", status);
        append(filters, "kind", kind);
        append(filters, "channel", channel);
        append(filters, "fact", factCode);
        append(filters, "from", from);
        append(filters, "to", to);
        if (overdueOnly) {
            filters.append("&overdue=true");
        }
        return filters.toString();
    }

    private static void append(StringBuilder filters, String name, @Nullable Object value) {
        if (value != null) {
            filters.append('&').append(name).append('=').append(value);
        }
    }
}
