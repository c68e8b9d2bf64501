package uk.police.enforcement.common.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
/**
 * Builds an AND-combined filter plus a keyset condition over two sort columns (a value, then the id as
 * tie-breaker), so that page 1,000 costs what page 1 costs and an index on (value, id) serves it.
 */
public final class KeysetQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition} (naming {@code :name}) only when the filter value is present. */
    public KeysetQuery and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition naming several parameters. */
    public KeysetQuery and(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** Rows strictly after ({@code sortValue}, {@code id}) in ascending order. */
    public KeysetQuery after(String sortColumn, Object sortValue, String idColumn, Object id) {
        if (sortValue != null) {
            // A row-value comparison, which PostgreSQL answers with one range scan of the (value, id) index;
            // the equivalent "a > x or (a = x and id > y)" makes it filter instead.
            conditions.add("(" + sortColumn + ", " + idColumn + ") > (:keysetValue, :keysetId)");
            parameters.put("keysetValue", sortValue);
            parameters.put("keysetId", id);
        }
        return this;
    }

    /**
     * What runs the query: a repository's {@code find}, or a Panache entity's called in a lambda (a method
     * reference to an entity's static {@code find} names the base class's, which Panache does not enhance).
     */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Map<String, Object> parameters);
    }

    /** The first {@code limit + 1} matching rows, ordered by the sort column then the id. */
    public <E> List<E> fetch(PanacheRepositoryBase<E, ?> repository, String sortColumn, String idColumn, int limit) {
        return fetch(repository::find, sortColumn, idColumn, limit);
    }

    private <E> List<E> fetch(Finder<E> finder, String sortColumn, String idColumn, int limit) {
        return finder.find(where(), Sort.ascending(sortColumn, idColumn), parameters).range(0, limit).list();
    }

    /**
     * One page of the matching rows in order of an instant then the id ({@code id}), continuing after the
     * (instant, id) that {@code cursor} holds: the four steps every list ordered by time repeats.
     */
    public <E> Page<E> page(Finder<E> finder, String instantColumn, Function<E, Instant> instantOf,
            Function<E, UUID> idOf, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        if (after != null) {
            after(instantColumn, Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        return Page.fromOverfetch(fetch(finder, instantColumn, "id", limit), limit,
                row -> Cursor.encode(instantOf.apply(row).toString(), idOf.apply(row).toString()));
    }

    /** One page of a record's history in the order written (ids grow with time), after the id the cursor holds. */
    public <E extends TransitionEntity> Page<E> pageById(Finder<E> finder, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 1);
        if (after != null) {
            and("id > :afterId", "afterId", Cursor.parse(after.get(0), Long::valueOf));
        }
        return Page.fromOverfetch(fetch(finder, "id", "id", limit), limit, row -> Cursor.encode(row.id.toString()));
    }

    /** The combined condition (JPQL). */
    String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
