package be.kompas.lookups.engine;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The core of the engine: takes look-ups in roughly time order and sends alerts to a sink.
 * <p>
 * Explanation and personal links depend on the look-up alone, so an {@link Examiner} decides them on arrival, in any
 * order and on any thread. Only suspicious look-ups then reach this class; the unexplained ones wait, for the reorder
 * window, in a queue ordered by time, and then enter their officer's {@link OfficerHistory} in order, so bursts and
 * repeats are counted right even when the input is not sorted.
 */
public final class Detector {

    private final DetectionSettings settings;
    private final Consumer<Alert> sink;
    private final Consumer<Alert> updates;
    private final Examiner examiner;
    private final OfficerHistory[] histories;
    private final PriorityQueue<Suspect> waiting = new PriorityQueue<>(Comparator.comparingLong(Suspect::ts));
    private final long reorderMillis;

    private long maxTs = Long.MIN_VALUE;
    private long events;
    private long explained;
    private long late;
    private long alerts;
    private final long[] reasonCounts = new long[Reason.values().length];

    public Detector(LookupContext context, DetectionSettings settings, Consumer<Alert> sink) {
        this(context, settings, sink, alert -> { });
    }

    /** @param updates receives the alerts proposed earlier that a later burst or repeat gave another reason */
    public Detector(LookupContext context, DetectionSettings settings, Consumer<Alert> sink,
            Consumer<Alert> updates) {
        this.settings = settings;
        this.updates = updates;
        this.examiner = new Examiner(context, settings);
        this.histories = new OfficerHistory[context.staffCount()];
        this.reorderMillis = settings.reorderWindow().toMillis();
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
     * Takes one look-up, on the detector's own thread.
     *
     * @param subject     the subject's index in the context, or -1 if the context does not know it
     * @param eventId     read only if the look-up is suspicious
     * @param subjectText the subject's identifier, read only if the context does not know it
     */
    public void accept(long ts, int officer, int subject, CharSequence eventId, CharSequence subjectText) {
        Suspect suspect = examiner.examine(ts, officer, subject, eventId, subjectText);
        if (suspect != null) {
            offer(suspect);
        }
        advance(examiner.maxTs);
    }

    /** Takes a suspect that another thread's examiner found, in the order of the input. */
    void offer(Suspect suspect) {
        if (suspect.decided()) {
            if (suspect.proposed()) {
                sink.accept(suspect.toAlert());
            }
        }
        else {
            waiting.add(suspect);
            advance(suspect.seenMax);
        }
    }

    /** Adds the counts of another thread's examiner. */
    void count(Examiner other) {
        events += other.events;
        explained += other.explained;
        late += other.late;
    }

    /** Processes the waiting look-ups that the reorder window has passed. */
    void advance(long seen) {
        if (seen > maxTs) {
            maxTs = seen;
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
        history.record(suspect, settings, sink, updates);
    }

    public long events() {
        return events + examiner.events;
    }

    public long explained() {
        return explained + examiner.explained;
    }

    /** Look-ups that came later than the reorder window allows; still checked, but bursts and repeats may miss them. */
    public long late() {
        return late + examiner.late;
    }

    public long alerts() {
        return alerts;
    }

    public long reasonCount(Reason reason) {
        return reasonCounts[reason.ordinal()];
    }
}
