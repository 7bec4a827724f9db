package be.kompas.complaints;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Inbox filters; {@code null} means any. The period applies to the day of receipt. */
public record ComplaintQuery(@Nullable ComplaintStatus status, @Nullable ComplaintKind kind,
        @Nullable Channel channel, @Nullable String factCode, @Nullable LocalDate from, @Nullable LocalDate to,
        boolean overdueOnly) {

    public static final ComplaintQuery ALL = new ComplaintQuery(null, null, null, null, null, null, false);
}
