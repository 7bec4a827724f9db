package be.kompas.core;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of results and the total count, for pagers. Long lists count their rows only up to {@link #COUNT_LIMIT}
 * and one more (see {@link #cappedCount(String)}): a total above the limit means "more than {@value #COUNT_LIMIT}",
 * and the pager then offers a next page as long as this one is full.
 */
public record Page<T>(List<T> content, PageRequest request, long total) {

    /** The largest total a capped count states exactly. */
    public static final int COUNT_LIMIT = 10_000;

    /**
     * The statement that counts the rows of {@code fromWhere} (" from ... where ...", without order) up to
     * {@link #COUNT_LIMIT} + 1: it stops reading there, so a list of a million rows costs no more than one of ten
     * thousand.
     */
    public static String cappedCount(String fromWhere) {
        return "select count(*) from (select 1" + fromWhere + " limit " + (COUNT_LIMIT + 1) + ") capped";
    }

    /** Whether the total was capped: there are more than {@link #COUNT_LIMIT} rows. */
    @JsonProperty("totalCapped")
    public boolean totalCapped() {
        return total > COUNT_LIMIT;
    }

    public int totalPages() {
        return (int) Math.max(1, (Math.min(total, COUNT_LIMIT) + request.size() - 1) / request.size());
    }

    public boolean hasNext() {
        return totalCapped() ? content.size() == request.size() : request.page() + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return request.page() > 0;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), request, total);
    }
}
