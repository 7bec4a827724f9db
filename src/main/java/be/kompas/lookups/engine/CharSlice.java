package be.kompas.lookups.engine;

/** A view of characters in a shared buffer, so that the hot path makes a {@link String} only when it must. */
final class CharSlice implements CharSequence {

    private char[] chars = new char[0];
    private int offset;
    private int length;

    CharSlice wrap(char[] array, int from, int count) {
        chars = array;
        offset = from;
        length = count;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, offset, length);
    }
}
