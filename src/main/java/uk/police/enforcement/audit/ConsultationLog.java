package uk.police.enforcement.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.problem.ApiProblem;
/**
 * Group commit for consultation entries: concurrent reads hand their entries to one writer, which
 * inserts whatever has queued up and commits them together, so one durable commit carries the entries of
 * many requests instead of one each. A reader waits for the commit holding its entry before its answer
 * is sent; if that commit fails, every reader waiting on it gets a 503 problem and none gets its body.
 * Changes do not come here: their entries commit in their own transactions, with the change.
 */
@ApplicationScoped
public class ConsultationLog {

    private static final Logger LOG = Logger.getLogger(ConsultationLog.class);
    /** Entries per commit at most: a commit stays short however many readers queue. */
    private static final int MAX_BATCH = 512;
    /** Readers waiting at most; beyond it, a read is refused at once rather than queued without bound. */
    private static final int MAX_WAITING = 8192;
    /** How long a reader waits for its commit before it gets a 503 (the database is then in trouble). */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_WAITING);
    private final Counter commits;
    private final Counter entries;
    private final Counter failures;
    private final DistributionSummary batchSizes;
    /** Entries accepted and not yet committed or failed: queued, plus those in the commit under way. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean accepting;
    /**
     * Two writers: while one commit waits for the disk, the other gathers and inserts the next batch, so
     * a reader waits for about one commit, not for the one under way and then its own.
     */
    private static final int WRITERS = 2;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean lastFailed;

    private record Pending(List<AuditLog.Row> rows, CompletableFuture<Void> committed) {
    }

    private final AuditQuotes quotes;

    public ConsultationLog(DataSource dataSource, MeterRegistry meters, AuditQuotes quotes) {
        this.dataSource = dataSource;
        this.quotes = quotes;
        // commits / entries is how many reads one durable commit carries (1 would be no grouping at all).
        this.commits = meters.counter("enforcement.audit.consultation.commits");
        this.entries = meters.counter("enforcement.audit.consultation.entries");
        // Entries whose commit failed (their reads got 503): the audit writer's alert.
        this.failures = meters.counter("enforcement.audit.consultation.failures");
        meters.gauge("enforcement.audit.consultation.pending", pending);
        this.batchSizes = DistributionSummary.builder("enforcement.audit.consultation.batch_size")
                .description("Requests whose consultation entries one commit carried").register(meters);
    }

    void start(@Observes StartupEvent event) {
        accepting = true;
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(this::writeUntilStopped, "audit-group-commit-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Stops taking entries, then commits what is queued before the service stops. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        accepting = false;
        for (Thread writer : writers) {
            writer.join(MAX_WAIT.toMillis());
        }
    }

    /**
     * The writer as readiness reports it: ready while it takes entries and its writers run. A failed last commit
     * is reported but is not DOWN by itself: the database's own check says when it is away, and a writer marked
     * DOWN until its next commit would never get the reads that make one once a load balancer heeds it.
     */
    public record State(boolean accepting, int writersRunning, boolean lastCommitFailed, int pending) {
        public boolean ready() {
            return accepting && writersRunning == WRITERS;
        }
    }

    public State state() {
        return new State(accepting, (int) writers.stream().filter(Thread::isAlive).count(), lastFailed, pending.get());
    }

    /** Returns once {@code rows} (one request's entries) are durably committed; throws the 503 problem otherwise. */
    void recordAndWait(List<AuditLog.Row> rows) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        pending.incrementAndGet();
        if (!accepting || !queue.offer(new Pending(rows, committed))) {
            pending.decrementAndGet();
            throw unavailable();
        }
        try {
            committed.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (accepting || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                // Whatever queued while the previous commit ran goes into this one.
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
                pending.addAndGet(-batch.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            insertAndCommit(batch);
            commits.increment();
            batchSizes.record(batch.size());
            entries.increment(batch.stream().mapToInt(p -> p.rows().size()).sum());
            batch.forEach(p -> p.committed().complete(null));
            if (lastFailed) {
                LOG.info("Writing consultation entries again");
                lastFailed = false;
            }
        } catch (SQLException e) {
            if (batch.size() > 1 && isDataError(e)) {
                // One entry the database refuses must not fail the others' reads: commit them one by one.
                batch.forEach(p -> commit(List.of(p)));
                return;
            }
            failed(batch, e, "SQLState " + e.getSQLState());
        } catch (RuntimeException e) {
            failed(batch, e, e.getClass().getSimpleName());
        }
    }

    private void insertAndCommit(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, Long> quoted = AuditLog.insert(connection,
                        batch.stream().flatMap(p -> p.rows().stream()).toList(), quotes);
                connection.commit();
                quotes.remember(quoted);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void failed(List<Pending> batch, Exception e, String kind) {
        if (!lastFailed) {
            // Said once per outage, by kind only: an entry's values never reach the log.
            LOG.warnf("Could not commit %d consultation entries (%s); their requests get 503", batch.size(), kind);
        }
        lastFailed = true;
        failures.increment(batch.stream().mapToInt(p -> p.rows().size()).sum());
        batch.forEach(p -> p.committed().completeExceptionally(e));
    }

    /** A value the database refused (class 22, data exception; 23, integrity): not the database being away. */
    private static boolean isDataError(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private static ApiProblem unavailable() {
        return ApiProblem.unavailable(
                "The consultation could not be recorded in the audit log, so it is not answered; retry shortly.", 1);
    }
}
