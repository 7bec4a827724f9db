package be.kompas.lookups.engine;

import org.jspecify.annotations.Nullable;

/**
 * Examines look-ups one by one, on their own: explanation, personal links and duty. This is most of the work and needs
 * no shared state, so each reading thread has its own examiner and the counts are added up afterwards.
 */
final class Examiner {

    private final LookupContext context;
    private final int threshold;
    private final long reorderMillis;
    private final long graceMillis;

    long events;
    long explained;
    long late;
    long maxTs = Long.MIN_VALUE;

    Examiner(LookupContext context, DetectionSettings settings) {
        this.context = context;
        this.threshold = settings.threshold();
        this.reorderMillis = settings.reorderWindow().toMillis();
        this.graceMillis = settings.offDutyGrace().toMillis();
    }

    /**
     * Returns the look-up as a suspect if it may be proposed, else null. An explained suspect comes back decided; an
     * unexplained one still waits for bursts and repeats.
     *
     * @param subject     the subject's index in the context, or -1 if the context does not know it
     * @param eventId     read only if the look-up is suspicious
     * @param subjectText the subject's identifier, read only if the context does not know it
     */
    @Nullable Suspect examine(long ts, int officer, int subject, CharSequence eventId, CharSequence subjectText) {
        events++;
        if (maxTs != Long.MIN_VALUE && ts < maxTs - reorderMillis) {
            late++;
        }
        if (ts > maxTs) {
            maxTs = ts;
        }
        boolean isExplained = context.explains(officer, subject, ts);
        if (isExplained) {
            explained++;
        }
        int reasons = context.ownReasons(officer, subject, isExplained);
        if (!Rules.mayBeProposed(reasons)) {
            return null;
        }
        // An explained look-up is work, whenever it happens: overtime on a case is not suspicious.
        if (!isExplained && context.offDuty(officer, ts, graceMillis)) {
            reasons |= Reason.OFF_DUTY.bit();
        }
        boolean known = subject >= 0;
        Suspect suspect = new Suspect(eventId.toString(), context.officerId(officer),
                known ? context.subjectName(subject) : subjectText.toString(), ts,
                known ? subject : IdIndex.hash64(subjectText) | (1L << 63), officer, reasons);
        suspect.seenMax = maxTs;
        if (isExplained) {
            // Explained look-ups never take part in bursts or repeats, so they need not wait.
            suspect.decide(threshold);
        }
        return suspect;
    }
}
