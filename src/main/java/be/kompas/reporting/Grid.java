package be.kompas.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of counts, e.g. zones by topic for the national report.
 *
 * @param rows each with one cell per column; a cell is {@code null} when suppressed
 */
public record Grid(Label title, List<Label> columns, List<Row> rows) {

    public record Row(Label label, List<@Nullable Long> cells) {
    }
}
