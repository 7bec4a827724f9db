package be.kompas.advice.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.advice.AdvicePermissions;
import be.kompas.advice.ReportStatus;
import be.kompas.audit.AuditTrail;
import be.kompas.identity.KompasUser;

/**
 * Figures for the facilitator, the coordinator and the yearly report (domain.md 3): reports per kind, category and
 * month, lead times, share within deadline and share forwarded. Made from metadata only, so they survive
 * crypto-shredding. Outside the Advice Point team, counts below 5 show as "&lt;5" (domain.md 13.10).
 */
@Service
@Transactional(readOnly = true)
public class AdviceStatistics {

    static final int SMALL_COUNT = 5;

    /** One line of a breakdown; {@code count} is a number or "&lt;5". */
    public record Row(String key, String count) {
    }

    /** Lead times in calendar days from receipt; empty when nothing was measured. */
    public record LeadTimes(int measured, @Nullable Double mean, @Nullable Long median, @Nullable Long p90) {
    }

    /**
     * @param byOutcome the general follow-up: message keys of the outcome ({@code advice.status.ANSWERED},
     *     {@code advice.target.DIT}, ...) with their counts
     */
    public record Figures(int year, String total, List<Row> byKind, List<Row> byCategory, List<Row> byMonth,
            List<Row> byOutcome, LeadTimes toAcknowledgement, LeadTimes toAnswer,
            @Nullable Integer withinDeadlinePercent, int finished, @Nullable Integer forwardedPercent) {
    }

    private final AdviceRepository reports;
    private final AuditTrail trail;

    AdviceStatistics(AdviceRepository reports, AuditTrail trail) {
        this.reports = reports;
        this.trail = trail;
    }

    public Figures of(KompasUser user, int year) {
        return of(user, year, user.can(AdvicePermissions.MANAGE));
    }

    /** For the yearly report, which is presented outside the team: small counts are always hidden. */
    public Figures forYearlyReport(KompasUser user, int year) {
        return of(user, year, false);
    }

    private Figures of(KompasUser user, int year, boolean exact) {
        var all = reports.receivedIn(user.organisationId(), year);
        Function<Long, String> shown = count -> !exact && count > 0 && count < SMALL_COUNT ? "<" + SMALL_COUNT
                : String.valueOf(count);
        var finished = all.stream().filter(r -> !r.status().open()).toList();
        long withinDeadline = finished.stream().filter(AdviceStatistics::withinDeadline).count();
        long forwarded = finished.stream().filter(r -> r.status() == ReportStatus.FORWARDED).count();
        return new Figures(year, shown.apply((long) all.size()),
                rows(all, r -> r.kind().name(), shown), rows(all, AdviceRepository.StoredReport::categoryCode, shown),
                rows(all, r -> String.format("%02d", r.receivedOn().getMonthValue()), shown),
                rows(all, r -> r.forwardedTo() != null ? "advice.target." + r.forwardedTo()
                        : "advice.status." + r.status(), shown),
                leadTimes(all.stream().filter(r -> r.acknowledgedOn() != null)
                        .map(r -> ChronoUnit.DAYS.between(r.receivedOn(), r.acknowledgedOn())).toList()),
                leadTimes(all.stream().filter(r -> r.answeredOn() != null)
                        .map(r -> ChronoUnit.DAYS.between(r.receivedOn(), r.answeredOn())).toList()),
                percent(withinDeadline, finished.size()), finished.size(), percent(forwarded, finished.size()));
    }

    /** After the yearly report: the year's reports leave every working list. */
    @Transactional
    public int archive(KompasUser user, int year) {
        int archived = reports.archiveYear(user.organisationId(), year);
        trail.wrote("advice.year.archived", "advice.year", year, null);
        return archived;
    }

    private static boolean withinDeadline(AdviceRepository.StoredReport r) {
        boolean acknowledged = r.acknowledgedOn() != null && !r.acknowledgedOn().isAfter(r.acknowledgeBy());
        LocalDate finishedOn = r.answeredOn() != null ? r.answeredOn() : r.closedOn();
        return acknowledged && finishedOn != null && !finishedOn.isAfter(r.answerBy());
    }

    private static List<Row> rows(List<AdviceRepository.StoredReport> all,
            Function<AdviceRepository.StoredReport, String> key, Function<Long, String> shown) {
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        List<Row> rows = new ArrayList<>();
        counts.forEach((k, count) -> rows.add(new Row(k, shown.apply(count))));
        return rows;
    }

    static LeadTimes leadTimes(List<Long> days) {
        if (days.isEmpty()) {
            return new LeadTimes(0, null, null, null);
        }
        var sorted = days.stream().sorted().toList();
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        return new LeadTimes(sorted.size(), Math.round(mean * 10) / 10.0, nearestRank(sorted, 50),
                nearestRank(sorted, 90));
    }

    /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    private static long nearestRank(List<Long> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static @Nullable Integer percent(long part, long base) {
        return base == 0 ? null : (int) Math.round(100.0 * part / base);
    }
}
