package be.kompas.lookups.engine;

import java.util.Arrays;

/**
 * Interns opaque identifiers into dense int indices.
 * <p>
 * Open addressing over plain arrays rather than a {@code HashMap<String, Integer>}: a million subjects cost about a
 * third of the memory, and look-ups by any {@link CharSequence} need no {@link String} per event.
 */
public final class IdIndex {

    public static final int ABSENT = -1;

    private String[] keys;
    private int[] slots;
    private String[] byIndex;
    private int size;

    public IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        slots = new int[capacity];
        byIndex = new String[Math.max(16, expected)];
    }

    public int size() {
        return size;
    }

    public String name(int index) {
        return byIndex[index];
    }

    /** The index of {@code id}, or {@link #ABSENT}. */
    public int get(CharSequence id) {
        int mask = keys.length - 1;
        for (int slot = hash(id) & mask;; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return ABSENT;
            }
            if (contentEquals(key, id)) {
                return slots[slot];
            }
        }
    }

    /** The index of {@code id}, adding it if new. */
    public int intern(String id) {
        int mask = keys.length - 1;
        int slot = hash(id) & mask;
        for (; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equals(id)) {
                return slots[slot];
            }
        }
        keys[slot] = id;
        slots[slot] = size;
        if (size == byIndex.length) {
            byIndex = Arrays.copyOf(byIndex, size * 2);
        }
        byIndex[size] = id;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = hash(oldKeys[i]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
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
        return h ^ (h >>> 16) ^ (h * 0x9E3779B9);
    }

    private static boolean contentEquals(String key, CharSequence id) {
        int length = key.length();
        if (length != id.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
