package uk.police.enforcement.figure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * The figures of a period counted once and answered again while they cannot have changed: exact at every moment,
 * not "fresh enough". Every change to a record a figure counts writes a change feed entry in its own transaction
 * (the feed's triggers, R__04_change_feed.sql), so figures counted in snapshot S1 are the figures of a later snapshot
 * S2 when S2 sees every transaction S1 saw and no feed entry S1 did not, and no referral's target has passed unmet
 * since (the only figure that moves with the clock). A dashboard polling last year's figures reads them in a
 * millisecond instead of a year of records; any change in between makes the next request count again.
 * <p>
 * Only scopes with a period (an operation's summary counts devices waiting "now", by today's age bands), and only
 * figures counted in a read-only transaction (a writer's own uncommitted changes, later rolled back, would be kept).
 * The caller's transaction must be a snapshot ({@link uk.police.enforcement.common.persistence.ReadSnapshot}).
 */
@ApplicationScoped
@Startup // its counters exist from the start, at 0, for dashboards and alerts
public class FigureCache {

    /**
     * How long an entry is kept at most (real time), whatever happens; less than half the feed's retention, so that
     * the entries it is checked against cannot have been pruned meanwhile.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Key(FigureScope scope, Grouping grouping, List<String> buckets) {
    }

    private record Entry(DatabaseSnapshot snapshot, Instant nextBreach, long storedNanos,
            Map<String, FigureValues> groups) {
    }

    private final FigureQueries queries;
    private final EntityManager em;
    private final Clock clock;
    private final int size;
    private final long maxAgeNanos;
    private final Map<Key, Entry> entries;
    private final Counter hits;
    private final Counter misses;
    private final CountingTurns.Turns turns;

    FigureCache(FigureQueries queries, EntityManager em, Clock clock, EnforcementConfig config, MeterRegistry meters,
            CountingTurns.Turns turns) {
        this.queries = queries;
        this.turns = turns;
        this.em = em;
        this.clock = clock;
        this.size = config.summaries().cachedFigures();
        Duration halfRetention = config.changes().retention().dividedBy(2);
        this.maxAgeNanos = (halfRetention.compareTo(MAX_AGE) < 0 ? halfRetention : MAX_AGE).toNanos();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) { // least recently used first
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > size;
            }
        };
        this.hits = Counter.builder("enforcement.figures.cache").tag("result", "hit")
                .description("Figure counts answered from the figure cache (nothing they count had changed)")
                .register(meters);
        this.misses = Counter.builder("enforcement.figures.cache").tag("result", "counted")
                .description("Figure counts of a period counted from the records (first asked, or changed since)")
                .register(meters);
    }

    /** {@link FigureQueries#count}, answered from an earlier count when nothing it counts can have changed. */
    public Map<String, FigureValues> count(FigureScope scope, Grouping grouping) {
        return count(scope, grouping, FigureQueries.bucketsOf(grouping));
    }

    /** {@link FigureQueries#count}, answered from an earlier count when nothing it counts can have changed. */
    public Map<String, FigureValues> count(FigureScope scope, Grouping grouping, List<String> buckets) {
        if (size <= 0 || scope.toDay() == null) {
            turns.beforeCounting();
            return queries.count(scope, grouping, buckets);
        }
        Object[] transaction = (Object[]) em.createNativeQuery(
                "select pg_current_snapshot()::text, current_setting('transaction_read_only') = 'on'")
                .getSingleResult();
        DatabaseSnapshot now = DatabaseSnapshot.parse((String) transaction[0]);
        Key key = new Key(scope, grouping, buckets);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        Instant at = clock.instant();
        if (entry != null && System.nanoTime() - entry.storedNanos() <= maxAgeNanos
                && (entry.nextBreach() == null || !at.isAfter(entry.nextBreach()))
                && now.seesAllOf(entry.snapshot()) && !changedSince(entry.snapshot())) {
            hits.increment();
            return entry.groups();
        }
        turns.beforeCounting();
        misses.increment();
        FigureQueries.Counted counted = queries.counted(scope, grouping, buckets);
        if (Boolean.TRUE.equals(transaction[1])) {
            synchronized (entries) {
                entries.put(key, new Entry(now, counted.nextBreach(), System.nanoTime(), counted.groups()));
            }
        }
        return counted.groups();
    }

    /**
     * Whether this transaction sees a change feed entry that snapshot {@code earlier} did not. The snapshot is
     * written into the SQL (numbers PostgreSQL gave, parsed): bound as a parameter, a generic plan cannot tell that
     * few entries follow its xmin and read the whole feed (800 ms at 5 million entries).
     */
    private boolean changedSince(DatabaseSnapshot earlier) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from change_event where tx_id >= '"
                + earlier.xmin() + "'::xid8 and not pg_visible_in_snapshot(tx_id, '" + earlier.text()
                + "'::pg_snapshot))").getSingleResult();
    }

    /**
     * A PostgreSQL snapshot ({@code xmin:xmax:xip,...}): the transactions below {@code xmin} and those below
     * {@code xmax} not in progress ({@code xip}) are visible.
     */
    record DatabaseSnapshot(long xmin, long xmax, Set<Long> inProgress) {

        static DatabaseSnapshot parse(String text) {
            String[] parts = text.split(":", -1);
            Set<Long> inProgress = parts[2].isEmpty() ? Set.of()
                    : Arrays.stream(parts[2].split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
            return new DatabaseSnapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), inProgress);
        }

        /** As PostgreSQL writes it. */
        String text() {
            return xmin + ":" + xmax + ":" + inProgress.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(","));
        }

        boolean sees(long transaction) {
            return transaction < xmin || (transaction < xmax && !inProgress.contains(transaction));
        }

        /**
         * Whether every transaction {@code earlier} sees is visible here too (false when in doubt): a snapshot
         * taken before another one's commits must not be answered with figures that include them.
         */
        boolean seesAllOf(DatabaseSnapshot earlier) {
            if (earlier.xmax > xmax) {
                return false;
            }
            for (long transaction : inProgress) {
                if (transaction < earlier.xmax && !earlier.inProgress.contains(transaction)) {
                    return false; // visible then (committed before it), in progress here: impossible, or in doubt
                }
            }
            return true;
        }
    }
}
