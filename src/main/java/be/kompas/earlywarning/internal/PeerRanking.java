package be.kompas.earlywarning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;

/**
 * The normalisation and percentile engine, free of Spring and of the database: ranks each staff member's rate (count
 * per unit of exposure) within their peer group and says whether a rule fires.
 *
 * <p>The percentile is the mid-rank within the group, {@code 100 × (lower + ½ × (equal + 1)) / n} rounded down, with
 * {@code n} the group's size including the member; so it lies in 0..99 and the single highest rate of a group of 43
 * is the 98th. Members without exposure (when the rule divides by one) have no rate: they are left out of the
 * ranking and of every group's size, and may fire on the absolute threshold only.
 */
public final class PeerRanking {

    /** One staff member's figures in the window. */
    public record Subject(UUID staffId, String peerGroup, int count, double exposure) {
    }

    /** What a rule asks, without its identity or window. */
    public record Criteria(Denominator denominator, @Nullable Integer threshold, @Nullable Integer minPercentile,
            Combination combination, int minPeers) {
    }

    /**
     * The outcome for one member.
     *
     * @param rate       events per unit of exposure; the count itself without a denominator; {@code null} without
     *                   exposure
     * @param percentile within the peer group, {@code null} when not ranked or the group is below the minimum size
     * @param peers      the other ranked members of the group
     */
    public record Finding(UUID staffId, String peerGroup, int count, double exposure, @Nullable Double rate,
            @Nullable Integer percentile, int peers, boolean fires) {
    }

    private PeerRanking() {
    }

    public static @Nullable Double rate(Denominator denominator, int count, double exposure) {
        if (denominator == Denominator.NONE) {
            return (double) count;
        }
        return exposure > 0 ? count / exposure : null;
    }

    /** Every subject's finding, highest rate first (unranked last). */
    public static List<Finding> rank(Criteria criteria, List<Subject> subjects) {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (Subject s : subjects) {
            Double rate = rate(criteria.denominator(), s.count(), s.exposure());
            if (rate != null) {
                groups.computeIfAbsent(s.peerGroup(), g -> new ArrayList<>()).add(rate);
            }
        }
        var findings = new ArrayList<Finding>();
        for (Subject s : subjects) {
            Double rate = rate(criteria.denominator(), s.count(), s.exposure());
            List<Double> group = rate == null ? List.of() : groups.get(s.peerGroup());
            int n = group.size();
            Integer percentile = null;
            if (rate != null && n >= Math.max(1, criteria.minPeers())) {
                percentile = percentile(rate, group);
            }
            findings.add(new Finding(s.staffId(), s.peerGroup(), s.count(), s.exposure(), rate, percentile,
                    Math.max(0, n - 1), fires(criteria, s.count(), percentile)));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.rate() == null ? Double.NEGATIVE_INFINITY : f.rate())
                .reversed());
        return findings;
    }

    /** The mid-rank percentile of {@code rate} in a group that contains it once. */
    static int percentile(double rate, List<Double> group) {
        long lower = group.stream().filter(r -> r < rate).count();
        long equal = group.stream().filter(r -> r == rate).count() - 1;
        return (int) Math.floor(100.0 * (lower + 0.5 * (equal + 1)) / group.size());
    }

    static boolean fires(Criteria criteria, int count, @Nullable Integer percentile) {
        if (count < 1 || (criteria.threshold() == null && criteria.minPercentile() == null)) {
            return false;
        }
        Boolean absolute = criteria.threshold() == null ? null : count >= criteria.threshold();
        Boolean relative = criteria.minPercentile() == null ? null
                : percentile != null && percentile >= criteria.minPercentile();
        if (absolute == null) {
            return relative;
        }
        if (relative == null) {
            return absolute;
        }
        return criteria.combination() == Combination.AND ? absolute && relative : absolute || relative;
    }
}
