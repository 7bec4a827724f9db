package be.kompas.core.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table with a header row. Cells are text, already formatted; columns whose cells all read as numbers are aligned
 * right by the renderers.
 *
 * @param caption shown above the table, or {@code null}
 */
public record Table(@Nullable String caption, List<String> headers, List<List<String>> rows) implements Document.Block {

    @Override
    public void renderTo(Document.Renderer renderer) {
        renderer.table(this);
    }


    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Row " + row + " has " + row.size() + " cells, the header "
                        + headers.size());
            }
        }
    }

    public static Table of(List<String> headers, List<List<String>> rows) {
        return new Table(null, headers, rows);
    }

    boolean numeric(int column) {
        return !rows.isEmpty() && rows.stream().map(row -> row.get(column))
                .allMatch(cell -> cell.matches("[-+]?[0-9][0-9 .,]*%?|[<≤]\\s?[0-9]+|-|–"));
    }
}
