package uk.police.enforcement.common.persistence;

import java.sql.Connection;
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
