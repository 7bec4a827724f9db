package be.kompas.lookups.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The detection rules as pure functions of facts, shared by the batch engine and the Kafka Streams topology so that
 * both propose the same look-ups.
 */
public final class Rules {

    /** Closing time of a case that is still open. */
    public static final long STILL_OPEN = Long.MAX_VALUE;

    private Rules() {
    }

    /** Whether a case open from {@code opened} to {@code closed} (inclusive) is open at {@code ts}. */
    public static boolean isOpen(long opened, long closed, long ts) {
        return opened <= ts && ts <= closed;
    }

    /**
     * The reasons a look-up has on its own, before bursts and repeats: its personal links and whether a case explains
     * it. Looking oneself up is reported as {@link Reason#SELF} alone, since one's own surname and address match
     * trivially; {@link Reason#COLLEAGUE} only counts when no case explains the look-up.
     */
    public static int ownReasons(boolean explained, boolean self, boolean staff, boolean sameSurname,
            boolean sameAddress, boolean declaredRelation, boolean vip) {
        int reasons = explained ? 0 : Reason.UNEXPLAINED.bit();
        if (self) {
            return reasons | Reason.SELF.bit();
        }
        if (staff && !explained) {
            reasons |= Reason.COLLEAGUE.bit();
        }
        if (sameSurname) {
            reasons |= Reason.SAME_SURNAME.bit();
        }
        if (sameAddress) {
            reasons |= Reason.SAME_ADDRESS.bit();
        }
        if (declaredRelation) {
            reasons |= Reason.DECLARED_RELATION.bit();
        }
        if (vip) {
            reasons |= Reason.VIP.bit();
        }
        return reasons;
    }

    /** A look-up that a case explains and that has no personal link is never proposed, whatever else it has. */
    public static boolean mayBeProposed(int reasons) {
        return Reason.UNEXPLAINED.in(reasons) || (reasons & Reason.PERSONAL_LINKS) != 0;
    }

    /**
     * Surnames compare without case, accents, spaces or punctuation, so that "Van den Bossche" and "VANDENBOSSCHE"
     * match; returns "" for an unknown surname, which never matches.
     */
    public static String normalizeSurname(@org.jspecify.annotations.Nullable String surname) {
        if (surname == null || surname.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(surname, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code ts} falls in one of the shifts, given as start-sorted, non-overlapping intervals. */
    public static boolean onDuty(long[] starts, long[] ends, int from, int to, long ts, long graceMillis) {
        int low = from;
        int high = to - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] - graceMillis <= ts) {
                found = middle;
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        return found >= 0 && ts <= ends[found] + graceMillis;
    }
}
