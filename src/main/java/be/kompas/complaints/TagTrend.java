package be.kompas.complaints;

import java.util.List;
import java.util.Map;

/**
 * Complaints received per ombuds norm and theme over several years, so that trends show (domain.md 4.1, 4.2).
 *
 * @param years the years, oldest first
 * @param counts per tag, in {@link ComplaintTag} order, the complaints received in each of {@code years}
 */
public record TagTrend(List<Integer> years, Map<ComplaintTag, List<Integer>> counts) {
}
