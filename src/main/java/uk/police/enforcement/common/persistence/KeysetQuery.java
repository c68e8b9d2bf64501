package uk.police.enforcement.common.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The first {@code limit + 1} matching rows, ordered by the sort column then the id. */
    public <E> List<E> fetch(PanacheRepositoryBase<E, ?> repository, String sortColumn, String idColumn, int limit) {
        PanacheQuery<E> query = repository.find(where(), Sort.ascending(sortColumn, idColumn), parameters);
        return query.range(0, limit).list();
    }

    /** The combined condition (JPQL). */
    String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
