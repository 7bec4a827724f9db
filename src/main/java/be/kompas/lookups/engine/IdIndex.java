package be.kompas.lookups.engine;

import java.util.Arrays;

/**
 * Interns opaque identifiers into dense int indices.
 * <p>
 * Open addressing over flat arrays rather than a {@code HashMap<String, Integer>}: each slot holds the hash, the
 * index and where the key's characters sit in one shared array. A look-up of a million-subject index then costs two
 * cache misses instead of five, no {@link String} is made per event, and memory is about half.
 */
public final class IdIndex {

    public static final int ABSENT = -1;
    private static final int STRIDE = 4;

    /** Per slot: hash, index + 1 (0 = empty), offset of the key in {@link #chars}, key length. */
    private int[] slots;
    private char[] chars;
    private int charCount;
    private int[] offsets;
    private int size;

    public IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity * STRIDE];
        chars = new char[Math.max(64, expected * 8)];
        offsets = new int[Math.max(16, expected) + 1];
    }

    public int size() {
        return size;
    }

    public String name(int index) {
        return new String(chars, offsets[index], offsets[index + 1] - offsets[index]);
    }

    /** The index of {@code id}, or {@link #ABSENT}. */
    public int get(CharSequence id) {
        int hash = hash(id);
        int mask = slots.length / STRIDE - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            int index = slots[at + 1] - 1;
            if (index == ABSENT) {
                return ABSENT;
            }
            if (slots[at] == hash && equals(slots[at + 2], slots[at + 3], id)) {
                return index;
            }
        }
    }

    /**
     * Touches the memory a {@link #get} of {@code id} will read, and returns a value that depends on it (which the
     * caller must keep, or the JIT drops the loads). Run over a batch of ids first, the cache misses of different ids
     * overlap instead of queueing one after the other.
     */
    int warm(CharSequence id) {
        int at = (hash(id) & (slots.length / STRIDE - 1)) * STRIDE;
        int index = slots[at + 1] - 1;
        return index < 0 ? 0 : index + chars[slots[at + 2]];
    }

    /** The index of {@code id}, adding it if new. */
    public int intern(CharSequence id) {
        int existing = get(id);
        if (existing != ABSENT) {
            return existing;
        }
        int length = id.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(charCount + length, chars.length * 2));
        }
        for (int i = 0; i < length; i++) {
            chars[charCount + i] = id.charAt(i);
        }
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size] = charCount;
        place(slots, hash(id), size, charCount, length);
        charCount += length;
        offsets[++size] = charCount;
        if (size * 2 > slots.length / STRIDE) {
            grow();
        }
        return size - 1;
    }

    private static void place(int[] table, int hash, int index, int offset, int length) {
        int mask = table.length / STRIDE - 1;
        int slot = hash & mask;
        while (table[slot * STRIDE + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        int at = slot * STRIDE;
        table[at] = hash;
        table[at + 1] = index + 1;
        table[at + 2] = offset;
        table[at + 3] = length;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + 1] != 0) {
                place(slots, old[at], old[at + 1] - 1, old[at + 2], old[at + 3]);
            }
        }
    }

    private boolean equals(int offset, int length, CharSequence id) {
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A 64-bit hash of an identifier that is not in any index, so that it can still be counted. */
    public static long hash64(CharSequence id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static int hash(CharSequence id) {
        int h = 0;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        // Murmur3's finalizer: identifiers are often sequential, which plain hash codes would cluster.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
