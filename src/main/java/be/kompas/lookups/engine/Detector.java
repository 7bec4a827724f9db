package be.kompas.lookups.engine;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The core of the engine: takes look-ups one at a time, in roughly time order, and sends alerts to a sink.
 * <p>
 * Explanation and personal links depend on the look-up alone, so they are decided on arrival, in any order. Only
 * suspicious look-ups wait, for the reorder window, in a queue ordered by time; they then enter their officer's
 * {@link OfficerHistory} in order, so bursts and repeats are counted right even when the input is not sorted.
 */
public final class Detector {

    private final LookupContext context;
    private final DetectionSettings settings;
    private final Consumer<Alert> sink;
    private final OfficerHistory[] histories;
    private final PriorityQueue<Suspect> waiting = new PriorityQueue<>(Comparator.comparingLong(Suspect::ts));
    private final long reorderMillis;
    private final long graceMillis;

    private long maxTs = Long.MIN_VALUE;
    private long events;
    private long explained;
    private long late;
    private long alerts;
    private final long[] reasonCounts = new long[Reason.values().length];

    public Detector(LookupContext context, DetectionSettings settings, Consumer<Alert> sink) {
        this.context = context;
        this.settings = settings;
        this.histories = new OfficerHistory[context.staffCount()];
        this.reorderMillis = settings.reorderWindow().toMillis();
        this.graceMillis = settings.offDutyGrace().toMillis();
        this.sink = alert -> {
            alerts++;
            for (Reason reason : Reason.values()) {
                if (reason.in(alert.reasons())) {
                    reasonCounts[reason.ordinal()]++;
                }
            }
            sink.accept(alert);
        };
    }

    /**
     * Takes one look-up.
     *
     * @param subject     the subject's index in the context, or -1 if the context does not know it
     * @param eventId     read only if the look-up is suspicious
     * @param subjectText the subject's identifier, read only if the context does not know it
     */
    public void accept(long ts, int officer, int subject, CharSequence eventId, CharSequence subjectText) {
        events++;
        if (maxTs != Long.MIN_VALUE && ts < maxTs - reorderMillis) {
            late++;
        }
        boolean isExplained = context.explains(officer, subject, ts);
        if (isExplained) {
            explained++;
        }
        int reasons = context.ownReasons(officer, subject, isExplained);
        if (Rules.mayBeProposed(reasons)) {
            // An explained look-up is work, whenever it happens: overtime on a case is not suspicious.
            if (!isExplained && context.offDuty(officer, ts, graceMillis)) {
                reasons |= Reason.OFF_DUTY.bit();
            }
            boolean known = subject >= 0;
            Suspect suspect = new Suspect(eventId.toString(), context.officerId(officer),
                    known ? context.subjectName(subject) : subjectText.toString(), ts,
                    known ? subject : IdIndex.hash64(subjectText) | (1L << 63), officer, reasons);
            if (isExplained) {
                // Explained look-ups never take part in bursts or repeats, so they need not wait.
                if (suspect.decide(settings.threshold())) {
                    sink.accept(suspect.toAlert());
                }
            }
            else {
                waiting.add(suspect);
            }
        }
        if (ts > maxTs) {
            maxTs = ts;
            long watermark = maxTs - reorderMillis;
            while (!waiting.isEmpty() && waiting.peek().ts() <= watermark) {
                process(waiting.poll());
            }
        }
    }

    /** Processes what still waits; call once after the last look-up. */
    public void finish() {
        while (!waiting.isEmpty()) {
            process(waiting.poll());
        }
    }

    private void process(Suspect suspect) {
        OfficerHistory history = histories[suspect.officer()];
        if (history == null) {
            history = new OfficerHistory();
            histories[suspect.officer()] = history;
        }
        history.record(suspect, settings, sink);
    }

    public long events() {
        return events;
    }

    public long explained() {
        return explained;
    }

    /** Look-ups that came later than the reorder window allows; still checked, but bursts and repeats may miss them. */
    public long late() {
        return late;
    }

    public long alerts() {
        return alerts;
    }

    public long reasonCount(Reason reason) {
        return reasonCounts[reason.ordinal()];
    }
}
