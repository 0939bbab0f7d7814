package vn.motcua.platform.api.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list resource, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, size <= 0 ? 0 : (totalItems + size - 1) / size);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
