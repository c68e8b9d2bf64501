package uk.police.enforcement.common.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;
/**
 * The read behind a bulk export: one REPEATABLE READ, read-only transaction on a connection of its own, so
 * the count logged before the first row and the rows streamed after it come from the same snapshot. Rows
 * are fetched a thousand at a time through a stateless session (no persistence context grows with them).
 * Holds its connection until closed; {@link SnapshotExports} closes any left open when the request ends.
 */
public final class SnapshotExport implements AutoCloseable {

    private static final int FETCH_SIZE = 1000;

    private final Connection connection;
    private final StatelessSession session;
    private boolean closed;

    private SnapshotExport(Connection connection, StatelessSession session) {
        this.connection = connection;
        this.session = session;
    }

    static SnapshotExport open(DataSource dataSource, SessionFactory sessionFactory) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement timeout = connection.createStatement()) {
                // One statement streams the whole export, at the pace the client reads it.
                timeout.execute("set local statement_timeout = '15min'");
            }
            return new SnapshotExport(connection,
                    sessionFactory.withStatelessOptions().connection(connection).openStatelessSession());
        } catch (SQLException e) {
            if (connection != null) {
                release(connection);
            }
            throw new IllegalStateException("Could not open an export's snapshot", e);
        }
    }

    /** The number of rows {@code hql} (a {@code select count(*)}) counts in this snapshot. */
    /**
     * The last change feed entry that every reader of the feed can see, as of a snapshot: an entry of a
     * transaction below the snapshot's xmin (all ended, all visible to it). What the feed holds after it is a
     * change this snapshot may not see (ChangeFeed's end, and an export's Feed-Position, are read with it).
     */
    public static final String FEED_END = """
            select tx_id::text, seq from change_event
             where tx_id < pg_snapshot_xmin(pg_current_snapshot())
             order by change_event.tx_id desc, seq desc
             limit 1""";

    /**
     * The change feed cursor this export's snapshot is consistent with: following the feed from it misses no
     * change the export does not hold (an entry may repeat one it holds). Call after the snapshot's first query.
     */
    public String feedPosition() {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(FEED_END)) {
            return row.next() ? Cursor.encode(row.getString(1), Long.toString(row.getLong(2))) : Cursor.encode("0", "0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the export's feed position", e);
        }
    }

    public long count(String hql, Map<String, Object> parameters) {
        SelectionQuery<Long> query = session.createSelectionQuery(hql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Hands each entity {@code hql} selects, in its order, to {@code each}, a fetch at a time. */
    public <E> void forEach(String hql, Map<String, Object> parameters, Class<E> type, Consumer<E> each) {
        SelectionQuery<E> query = session.createSelectionQuery(hql, type);
        parameters.forEach(query::setParameter);
        try (ScrollableResults<E> rows = query.setFetchSize(FETCH_SIZE).setReadOnly(true)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                each.accept(rows.get());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.close();
        release(connection);
    }

    private static void release(Connection connection) {
        try {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is broken; closing it lets the pool discard it.
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }
}
