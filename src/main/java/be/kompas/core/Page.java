package be.kompas.core;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total count, for pagers. */
public record Page<T>(List<T> content, PageRequest request, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean hasNext() {
        return request.page() + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return request.page() > 0;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), request, total);
    }
}
