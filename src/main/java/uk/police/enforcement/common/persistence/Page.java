package uk.police.enforcement.common.persistence;

import java.util.List;
import java.util.function.Function;
/** One page of a keyset-paged list and the cursor of the next one (null on the last page). */
public record Page<T>(List<T> items, String nextCursor, int limit) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that
     * another page exists.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null, limit);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)), limit);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, limit);
    }
}
