package be.kompas.lookups.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns opaque identifiers into dense int indices.
 * <p>
 * Open addressing over flat arrays rather than a {@code HashMap<String, Integer>}: each slot holds the hash, the
 * index, a payload the owner may set (see {@link #setPayload}), the key's length and its first {@value #INLINE} bytes;
 * the whole key sits in one shared byte array. A look-up of a short identifier in a million-subject index then costs
 * one cache miss instead of five, straight from the bytes of the input, and memory is about half; with the payload it
 * can also lead straight to the owner's data for the key. Reads are safe from several threads once interning (and
 * setting payloads) is done.
 */
public final class IdIndex {

    public static final int ABSENT = -1;
    private static final int STRIDE = 8;
    private static final int INLINE = 16;

    /** Per slot: hash, index + 1 (0 = empty), payload ({@link #ABSENT} until set), key length, its first bytes. */
    private int[] slots;
    private byte[] bytes;
    private int byteCount;
    private int[] offsets;
    private int size;

    public IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity * STRIDE];
        bytes = new byte[Math.max(64, expected * 10)];
        offsets = new int[Math.max(16, expected) + 1];
    }

    public int size() {
        return size;
    }

    public String name(int index) {
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    /** The index of {@code id}, or {@link #ABSENT}. */
    public int get(CharSequence id) {
        byte[] utf8 = utf8(id);
        return get(utf8, 0, utf8.length);
    }

    /** The index of the identifier in {@code source[from, from + length)}, or {@link #ABSENT}. */
    public int get(byte[] source, int from, int length) {
        int at = slot(source, from, length);
        return at < 0 ? ABSENT : slots[at + 1] - 1;
    }

    /** The payload set for the identifier in {@code source[from, from + length)}, or {@link #ABSENT}. */
    public int payload(byte[] source, int from, int length) {
        int at = slot(source, from, length);
        return at < 0 ? ABSENT : slots[at + 2];
    }

    /** The payload set for {@code id}, or {@link #ABSENT}. */
    public int payload(CharSequence id) {
        byte[] utf8 = utf8(id);
        return payload(utf8, 0, utf8.length);
    }

    /** Stores a value with an interned identifier, so that {@link #payload} finds it with the same cache miss. */
    public void setPayload(int index, int payload) {
        slots[slot(bytes, offsets[index], offsets[index + 1] - offsets[index]) + 2] = payload;
    }

    private int slot(byte[] source, int from, int length) {
        int hash = hash(source, from, length);
        int mask = slots.length / STRIDE - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            int index = slots[at + 1] - 1;
            if (index == ABSENT) {
                return ABSENT;
            }
            if (slots[at] == hash && slots[at + 3] == length && (length <= INLINE
                    ? slots[at + 4] == word(source, from, length, 0) && slots[at + 5] == word(source, from, length, 1)
                            && slots[at + 6] == word(source, from, length, 2)
                            && slots[at + 7] == word(source, from, length, 3)
                    : sameBytes(offsets[index], source, from, length))) {
                return at;
            }
        }
    }

    /** Reads the first slot an identifier hashes to and returns its content: the caller wants it in the cache. */
    int touch(byte[] source, int from, int length) {
        return slots[(hash(source, from, length) & (slots.length / STRIDE - 1)) * STRIDE + 1];
    }

    /** The index of {@code id}, adding it if new. */
    public int intern(CharSequence id) {
        byte[] utf8 = utf8(id);
        return intern(utf8, 0, utf8.length);
    }

    /** The index of the identifier in {@code source[from, from + length)}, adding it if new. */
    public int intern(byte[] source, int from, int length) {
        int existing = get(source, from, length);
        if (existing != ABSENT) {
            return existing;
        }
        if (byteCount + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(byteCount + length, bytes.length * 2));
        }
        System.arraycopy(source, from, bytes, byteCount, length);
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[size] = byteCount;
        int at = place(slots, hash(source, from, length), size, ABSENT, length);
        for (int word = 0; word < 4; word++) {
            slots[at + 4 + word] = word(source, from, length, word);
        }
        byteCount += length;
        offsets[++size] = byteCount;
        if (size * 2 > slots.length / STRIDE) {
            grow();
        }
        return size - 1;
    }

    /** Puts a key's slot fields in the first free slot from its hash; returns where. */
    private static int place(int[] table, int hash, int index, int payload, int length) {
        int mask = table.length / STRIDE - 1;
        int slot = hash & mask;
        while (table[slot * STRIDE + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        int at = slot * STRIDE;
        table[at] = hash;
        table[at + 1] = index + 1;
        table[at + 2] = payload;
        table[at + 3] = length;
        return at;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + 1] != 0) {
                int moved = place(slots, old[at], old[at + 1] - 1, old[at + 2], old[at + 3]);
                System.arraycopy(old, at + 4, slots, moved + 4, 4);
            }
        }
    }

    /** Bytes {@code 4 * word} to {@code 4 * word + 3} of a key, zero past its end. */
    private static int word(byte[] source, int from, int length, int word) {
        int value = 0;
        for (int i = word * 4 + 3; i >= word * 4; i--) {
            value = value << 8 | (i < length ? source[from + i] & 0xff : 0);
        }
        return value;
    }

    /** A plain loop: identifiers are too short for {@link Arrays#equals}' vectorized set-up to pay. */
    private boolean sameBytes(int offset, byte[] source, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[offset + i] != source[from + i]) {
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

    private static byte[] utf8(CharSequence id) {
        return id.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int hash(byte[] source, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + source[i];
        }
        // Murmur3's finalizer: identifiers are often sequential, which plain hash codes would cluster.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
