package be.kompas.lookups.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows the engine skipped, with where and why. Only the first {@value #KEPT} are kept in detail, so that a broken
 * export of millions of rows cannot exhaust memory; all are counted.
 */
public final class BadRows {

    static final int KEPT = 1000;

    private final List<BadRow> kept = new ArrayList<>();
    private long count;

    /** One skipped row: the file, its line number (1 is the header) and what was wrong. */
    public record BadRow(String file, long line, String error) {
    }

    void add(String file, long line, String error) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new BadRow(file, line, error));
        }
    }

    /** Adds rows found by another thread, in line order; {@code total} may exceed the rows listed. */
    void addAll(List<BadRow> rows, long total) {
        for (BadRow row : rows) {
            if (kept.size() < KEPT) {
                kept.add(row);
            }
        }
        count += total;
    }

    public long count() {
        return count;
    }

    public List<BadRow> kept() {
        return List.copyOf(kept);
    }
}
