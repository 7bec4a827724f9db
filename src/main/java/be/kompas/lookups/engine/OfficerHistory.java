package be.kompas.lookups.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * One officer's unexplained look-ups of the last {@link DetectionSettings#memoryMillis()}, in time order: the only
 * state that bursts and repeats need, shared by the batch engine and the Kafka Streams topology.
 * <p>
 * When a burst or a repeat is found, every look-up in it gets the reason, including earlier ones; an earlier
 * look-up that now reaches the threshold is proposed then. So the first look-up of a repeat is proposed too, once the
 * third arrives; one proposed before gets the reason as an update.
 */
public final class OfficerHistory {

    private final ArrayDeque<Suspect> recent = new ArrayDeque<>();
    private long[] scratch = new long[64];

    /** Restores a history from a state store; {@code suspects} are in time order. */
    public static OfficerHistory of(List<Suspect> suspects) {
        OfficerHistory history = new OfficerHistory();
        history.recent.addAll(suspects);
        return history;
    }

    public List<Suspect> suspects() {
        return new ArrayList<>(recent);
    }

    public boolean isEmpty() {
        return recent.isEmpty();
    }

    /** Records an unexplained look-up, finds bursts and repeats it completes and sends any new alerts to {@code sink}. */
    public void record(Suspect suspect, DetectionSettings settings, Consumer<Alert> sink) {
        record(suspect, settings, sink, alert -> { });
    }

    /**
     * As {@link #record(Suspect, DetectionSettings, Consumer)}, and sends to {@code updates} each look-up proposed
     * earlier that a burst or repeat now gives a reason it did not have, with all its reasons.
     */
    public void record(Suspect suspect, DetectionSettings settings, Consumer<Alert> sink, Consumer<Alert> updates) {
        long ts = suspect.ts();
        long forgetBefore = ts - settings.memoryMillis();
        while (!recent.isEmpty() && recent.peekFirst().ts() < forgetBefore) {
            recent.pollFirst();
        }
        recent.addLast(suspect);
        if (distinctSubjectsSince(ts - settings.bulkWindow().toMillis(), ts) >= settings.bulkMinimum()) {
            markSince(ts - settings.bulkWindow().toMillis(), ts, Reason.BULK, false, 0, settings.threshold(), sink,
                    updates);
        }
        if (sessions(suspect.subjectKey(), ts - settings.repeatWindow().toMillis(), ts,
                settings.repeatGap().toMillis()) >= settings.repeatMinimum()) {
            markSince(ts - settings.repeatWindow().toMillis(), ts, Reason.REPEAT, true, suspect.subjectKey(),
                    settings.threshold(), sink, updates);
        }
        if (suspect.decide(settings.threshold())) {
            sink.accept(suspect.toAlert());
        }
    }

    private int distinctSubjectsSince(long from, long to) {
        int count = 0;
        for (Iterator<Suspect> it = recent.descendingIterator(); it.hasNext();) {
            Suspect earlier = it.next();
            if (earlier.ts() < from) {
                break;
            }
            if (earlier.ts() <= to) {
                scratch = ensure(scratch, count);
                scratch[count++] = earlier.subjectKey();
            }
        }
        Arrays.sort(scratch, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || scratch[i] != scratch[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** Look-ups of one subject a gap apart count as separate sessions; a query, view and print make one. */
    private int sessions(long subjectKey, long from, long to, long gapMillis) {
        int count = 0;
        for (Suspect earlier : recent) {
            if (earlier.subjectKey() == subjectKey && earlier.ts() >= from && earlier.ts() <= to) {
                scratch = ensure(scratch, count);
                scratch[count++] = earlier.ts();
            }
        }
        Arrays.sort(scratch, 0, count);
        int sessions = 0;
        long sessionStart = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            if (sessions == 0 || scratch[i] - sessionStart >= gapMillis) {
                sessions++;
                sessionStart = scratch[i];
            }
        }
        return sessions;
    }

    /** Gives {@code reason} to the look-ups in the window (of one subject, if asked) and proposes those now due. */
    private void markSince(long from, long to, Reason reason, boolean oneSubject, long subjectKey, int threshold,
            Consumer<Alert> sink, Consumer<Alert> updates) {
        for (Suspect earlier : recent) {
            if (earlier.ts() >= from && earlier.ts() <= to
                    && (!oneSubject || earlier.subjectKey() == subjectKey)) {
                boolean added = earlier.addReason(reason);
                if (earlier.decided() && earlier.decide(threshold)) {
                    sink.accept(earlier.toAlert());
                }
                else if (added && earlier.proposed()) {
                    updates.accept(earlier.toAlert());
                }
            }
        }
    }

    private static long[] ensure(long[] array, int index) {
        return index < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }
}
