package be.kompas.complaints;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A year's figures in the form of Gent's 2023 report. Outcome shares are over the complaints closed in the year
 * ({@code closed}); the other breakdowns over the complaints received in the year ({@code received}). Each share is
 * rounded on its own, so shares may add up to 99 or 101 %.
 *
 * @param received complaints received in the year
 * @param byTag complaints received in the year per ombuds norm and theme ({@link ComplaintTag} names, all of them, in
 *     their order); a complaint with two tags counts for each
 * @param receivedByKind every kind of item received in the year
 * @param averageLeadDays mean working days from receipt to closing of the complaints closed in the year
 */
public record YearFigures(int year, int received, Map<ComplaintKind, Integer> receivedByKind, int closed,
        List<Share> byOutcome, List<Share> byFactCode, List<Share> byChannel, List<Share> byUnit, List<Share> byTag,
        @Nullable Double averageLeadDays, @Nullable Integer medianLeadDays, int overdue, List<MonthCount> months) {

    /** One line of a breakdown: a key (an outcome, code, channel or unit name), its count and rounded percentage. */
    public record Share(String key, int count, int percent) {
    }

    /** Complaints and compliments received in one month (1 to 12). */
    public record MonthCount(int month, int complaints, int compliments) {
    }
}
