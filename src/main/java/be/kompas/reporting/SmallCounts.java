package be.kompas.reporting;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Domain.md 13.10: figures shown to the AIG or outside the owning team hide counts from 1 to 4. */
public final class SmallCounts {

    public static final int SMALLEST_SHOWN = 5;

    private SmallCounts() {
    }

    public static @Nullable Long hide(long count) {
        return count > 0 && count < SMALLEST_SHOWN ? null : count;
    }

    /**
     * One column of a table whose total is published as well (e.g. the zones of the national report): counts from 1
     * to 4 hidden, and when that hides a single cell, also the smallest other count above 0, so that the total minus
     * the cells shown does not give the hidden one away (complementary suppression).
     */
    public static List<@Nullable Long> hideWithTotal(List<Long> column) {
        var shown = new ArrayList<@Nullable Long>();
        int hidden = 0;
        for (long count : column) {
            shown.add(hide(count));
            hidden += hide(count) == null ? 1 : 0;
        }
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < column.size(); i++) {
                Long value = shown.get(i);
                if (value != null && value > 0 && (smallest < 0 || value < column.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, null);
            }
        }
        return shown;
    }

    /**
     * The rows of a table whose column totals are published: each column through {@link #hideWithTotal}.
     *
     * @param cells per row, one count per column
     */
    public static List<Grid.Row> rows(List<Label> labels, List<long[]> cells) {
        int width = cells.isEmpty() ? 0 : cells.get(0).length;
        var shown = new ArrayList<List<@Nullable Long>>();
        for (int c = 0; c < width; c++) {
            int column = c;
            shown.add(hideWithTotal(cells.stream().map(row -> row[column]).toList()));
        }
        var rows = new ArrayList<Grid.Row>();
        for (int r = 0; r < labels.size(); r++) {
            int row = r;
            rows.add(new Grid.Row(labels.get(r), shown.stream().map(column -> column.get(row)).toList()));
        }
        return rows;
    }

    public static @Nullable Long hide(@Nullable Number count) {
        return count == null ? null : hide(count.longValue());
    }
}
