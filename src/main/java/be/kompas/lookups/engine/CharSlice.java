package be.kompas.lookups.engine;

import java.util.Arrays;

/** A reusable copy of one CSV field, so that the hot path makes a {@link String} only for suspicious look-ups. */
final class CharSlice implements CharSequence {

    private char[] chars = new char[32];
    private int length;

    void set(char[] source, int offset, int count) {
        if (count > chars.length) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        System.arraycopy(source, offset, chars, 0, count);
        length = count;
    }

    void set(CharSequence text) {
        length = 0;
        append(text);
    }

    void append(CharSequence text) {
        int count = text.length();
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + count, chars.length * 2));
        }
        for (int i = 0; i < count; i++) {
            chars[length++] = text.charAt(i);
        }
    }

    void clear() {
        length = 0;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
