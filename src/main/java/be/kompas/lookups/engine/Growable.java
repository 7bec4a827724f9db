package be.kompas.lookups.engine;

import java.util.Arrays;

/** Growable primitive columns, so that loading a million rows boxes nothing. */
final class Growable {

    private Growable() {
    }

    static final class Ints {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void set(int index, int value) {
            while (index >= size) {
                add(-1);
            }
            values[index] = value;
        }

        int get(int index) {
            return index < size ? values[index] : -1;
        }

        /** Makes room for {@code capacity} values at once, rather than by doubling (each copy a large allocation). */
        void reserve(int capacity) {
            if (capacity > values.length) {
                values = Arrays.copyOf(values, capacity);
            }
        }

        int size() {
            return size;
        }

        int[] toArray(int length) {
            int[] result = Arrays.copyOf(values, length);
            Arrays.fill(result, Math.min(size, length), length, -1);
            return result;
        }
    }

    static final class Longs {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long get(int index) {
            return values[index];
        }

        /** As {@link Ints#reserve}. */
        void reserve(int capacity) {
            if (capacity > values.length) {
                values = Arrays.copyOf(values, capacity);
            }
        }

        int size() {
            return size;
        }
    }

    /** Short byte strings one after the other, such as identifiers kept for a second pass. */
    static final class Keys {
        private byte[] bytes = new byte[1 << 16];
        private int[] ends = new int[1024];
        private int size;

        void add(byte[] source, int from, int length) {
            int start = size == 0 ? 0 : ends[size - 1];
            if (start + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(start + length, bytes.length * 2));
            }
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, Math.max(16, size * 2));
            }
            System.arraycopy(source, from, bytes, start, length);
            ends[size++] = start + length;
        }

        /** Makes room for {@code keys} keys of {@code totalBytes} bytes in all. */
        void reserve(int keys, int totalBytes) {
            if (totalBytes > bytes.length) {
                bytes = Arrays.copyOf(bytes, totalBytes);
            }
            if (keys > ends.length) {
                ends = Arrays.copyOf(ends, keys);
            }
        }

        byte[] bytes() {
            return bytes;
        }

        int start(int index) {
            return index == 0 ? 0 : ends[index - 1];
        }

        int length(int index) {
            return ends[index] - start(index);
        }

        int size() {
            return size;
        }

        /** Forgets the keys and gives their memory back. */
        void clear() {
            bytes = new byte[0];
            ends = new int[0];
            size = 0;
        }
    }
}
