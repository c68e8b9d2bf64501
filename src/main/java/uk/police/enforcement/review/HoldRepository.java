package uk.police.enforcement.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<HoldEntity, UUID> {

    /** The active holds of one kind: how many were placed in each age band, and the oldest's day. */
    record Count(String kind, long active, long underOneYear, long oneToThreeYears, long threeOrMoreYears,
            LocalDate oldestPlacedOn) {
    }

    // Ages by the day each hold was placed, in Europe/London, to the day given.
    private static final String COUNTS = """
            select kind, count(*),
                   count(*) filter (where placed_on > cast(:today as date) - interval '1 year'),
                   count(*) filter (where placed_on <= cast(:today as date) - interval '1 year'
                                      and placed_on > cast(:today as date) - interval '3 years'),
                   count(*) filter (where placed_on <= cast(:today as date) - interval '3 years'),
                   min(placed_on)
              from (select kind, london_day(placed_at) as placed_on
                      from record_hold where lifted_at is null) active
             group by kind""";

    /** A record's holds, oldest first. */
    public Page<HoldEntity> ofRecord(UUID recordId, int limit, String cursor) {
        return page(new KeysetQuery().and("recordId = :recordId", "recordId", recordId), limit, cursor);
    }

    /** Holds active (or lifted), of one kind or all, oldest first. */
    public Page<HoldEntity> list(boolean active, String kind, int limit, String cursor) {
        return page(new KeysetQuery().and(active ? "liftedAt is null" : "liftedAt is not null", Map.of())
                .and("kind = :kind", "kind", kind), limit, cursor);
    }

    /** The active holds on any of {@code recordIds}, oldest first. */
    public List<HoldEntity> activeOn(List<UUID> recordIds) {
        return list("recordId in ?1 and liftedAt is null order by placedAt, id", recordIds);
    }

    public List<Count> countActive(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(COUNTS).setParameter("today", today).getResultList();
        List<Count> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new Count((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), day(row[5])));
        }
        return counts;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private Page<HoldEntity> page(KeysetQuery query, int limit, String cursor) {
        return query.page(this::find, "placedAt", h -> h.placedAt, h -> h.id, limit, cursor);
    }
}
