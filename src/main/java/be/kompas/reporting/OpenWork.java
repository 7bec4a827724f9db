package be.kompas.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A kind of work still open in a module, with its deadlines.
 *
 * @param open open items; any count is {@code null} when hidden as a small count (Advice Point)
 * @param dueSoon open items due within {@link #SOON_DAYS} days from today
 * @param overdue open items past their deadline
 * @param link where the people entitled to handle it find the list, or {@code null}
 */
public record OpenWork(ReportSection section, Label label, @Nullable Long open, @Nullable Long dueSoon, @Nullable Long overdue,
        @Nullable String link) {

    public static final int SOON_DAYS = 7;
}
