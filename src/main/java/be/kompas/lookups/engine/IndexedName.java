package be.kompas.lookups.engine;

/** An identifier held as its index: a third of a {@link String}'s memory, for look-ups kept for repeats. */
record IndexedName(IdIndex index, int id) implements CharSequence {

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int position) {
        return toString().charAt(position);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return index.name(id);
    }
}
