package be.kompas.core;

/**
 * A page of a list, counted from zero. Sizes are clamped so that no request can ask for an unbounded list.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        page = Math.max(0, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
