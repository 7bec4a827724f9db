package be.kompas.lookups.engine;

/** A set of longs by open addressing, for (officer, subject) pairs, checked on every event without boxing. */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = newSlots(16);
    private int size;

    void add(long value) {
        if ((size + 1) * 2 > slots.length) {
            long[] old = slots;
            slots = newSlots(old.length * 2);
            size = 0;
            for (long kept : old) {
                if (kept != EMPTY) {
                    add(kept);
                }
            }
        }
        int mask = slots.length - 1;
        int slot = mix(value) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == value) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = value;
        size++;
    }

    boolean contains(long value) {
        int mask = slots.length - 1;
        for (int slot = mix(value) & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (slots[slot] == value) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    void forEach(java.util.function.LongConsumer action) {
        for (long value : slots) {
            if (value != EMPTY) {
                action.accept(value);
            }
        }
    }

    private static long[] newSlots(int capacity) {
        long[] slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
        return slots;
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
