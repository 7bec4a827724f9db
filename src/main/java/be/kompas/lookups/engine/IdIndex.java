package be.kompas.lookups.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    /** Reads eight bytes of a key at once; the slot's inline words are its first bytes in little-endian order. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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

    /** Sets every identifier's payload at once, in one pass over the slots: {@code payloads[index]}. */
    public void setPayloads(int[] payloads) {
        for (int at = 0; at < slots.length; at += STRIDE) {
            int index = slots[at + 1] - 1;
            if (index != ABSENT) {
                slots[at + 2] = payloads[index];
            }
        }
    }

    private int slot(byte[] source, int from, int length) {
        long low = low(source, from, length);
        long high = high(source, from, length);
        return slot(hash(source, from, length, low, high), source, from, length, low, high);
    }

    /**
     * The slot of a key whose hash and first sixteen bytes ({@link #low}, {@link #high}) the caller already has, or
     * {@link #ABSENT}.
     */
    private int slot(int hash, byte[] source, int from, int length, long low, long high) {
        int mask = slots.length / STRIDE - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            int index = slots[at + 1] - 1;
            if (index == ABSENT) {
                return ABSENT;
            }
            if (slots[at] == hash && slots[at + 3] == length && (length <= INLINE
                    ? slots[at + 4] == (int) low && slots[at + 5] == (int) (low >>> 32)
                            && slots[at + 6] == (int) high && slots[at + 7] == (int) (high >>> 32)
                    : sameBytes(offsets[index], source, from, length))) {
                return at;
            }
        }
    }

    /** As {@link #payload(byte[], int, int)}, for a key read with {@link #hash}, {@link #low} and {@link #high}. */
    int payload(int hash, byte[] source, int from, int length, long low, long high) {
        int at = slot(hash, source, from, length, low, high);
        return at < 0 ? ABSENT : slots[at + 2];
    }

    /** As {@link #touch(byte[], int, int)}, for a key whose {@link #hash} the caller has. */
    int touch(int hash) {
        return slots[(hash & (slots.length / STRIDE - 1)) * STRIDE + 1];
    }

    /** Reads the first slot an identifier hashes to and returns its content: the caller wants it in the cache. */
    int touch(byte[] source, int from, int length) {
        return touch(hash(source, from, length));
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
        long low = low(source, from, length);
        long high = high(source, from, length);
        int at = place(slots, hash(source, from, length, low, high), size, ABSENT, length);
        slots[at + 4] = (int) low;
        slots[at + 5] = (int) (low >>> 32);
        slots[at + 6] = (int) high;
        slots[at + 7] = (int) (high >>> 32);
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

    /** Bytes 0 to 7 of a key as a little-endian long, zero past its end. */
    static long low(byte[] source, int from, int length) {
        return bytes(source, from, Math.min(length, 8));
    }

    /** Bytes 8 to 15 of a key as a little-endian long, zero past its end. */
    static long high(byte[] source, int from, int length) {
        return length <= 8 ? 0 : bytes(source, from + 8, Math.min(length - 8, 8));
    }

    /** {@code count} (at most 8) bytes as a little-endian long: one read where the array has room. */
    private static long bytes(byte[] source, int from, int count) {
        if (from + 8 <= source.length) {
            long value = (long) LONGS.get(source, from);
            return count == 8 ? value : value & ((1L << (count * 8)) - 1);
        }
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = value << 8 | (source[from + i] & 0xff);
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
        return hash(source, from, length, low(source, from, length), high(source, from, length));
    }

    /**
     * The hash of a key, from its first sixteen bytes (and the rest, eight at a time, for a longer one), mixed with
     * a 64-bit finalizer: identifiers are often sequential, which plain hash codes would cluster.
     */
    static int hash(byte[] source, int from, int length, long low, long high) {
        long h = length * 0x9E3779B97F4A7C15L ^ low;
        h = (h ^ (h >>> 32)) * 0xD6E8FEB86659FD93L ^ high;
        for (int i = INLINE; i < length; i += 8) {
            h = (h ^ (h >>> 32)) * 0xD6E8FEB86659FD93L ^ bytes(source, from + i, Math.min(8, length - i));
        }
        h = (h ^ (h >>> 32)) * 0xD6E8FEB86659FD93L;
        h = (h ^ (h >>> 32)) * 0xD6E8FEB86659FD93L;
        return (int) (h ^ (h >>> 32));
    }
}
