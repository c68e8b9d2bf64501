package uk.police.enforcement.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.jdbc.Work;

/**
 * Plain JDBC work, in the current transaction when there is one, else on a connection taken for the work alone.
 * Hibernate's doWork outside a transaction keeps the connection it took until the request ends: a read that then
 * waits (for its audit entry's group commit, which needs a connection too) holds one of the pool's few while
 * waiting, and as many such reads as the pool has connections starved every request of the instance (found by
 * bench/run's audit_history: 32 readers of the audit log, a pool of 8). Failures read as Hibernate's would.
 */
@ApplicationScoped
public class JdbcWork {

    private final EntityManager em;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    public JdbcWork(EntityManager em, DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    public <T> T call(ReturningWork<T> work) {
        // Any transaction, even one marked for rollback: an audit entry must never commit apart from its change.
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return em.unwrap(Session.class).doReturningWork(work);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.execute(connection);
        } catch (SQLException e) {
            throw em.unwrap(SessionImplementor.class).getJdbcServices().getSqlExceptionHelper()
                    .convert(e, "JDBC work outside a transaction");
        }
    }

    /** As {@link #call}, for work that returns nothing (an INSERT, a setting of the transaction). */
    public void run(Work work) {
        call(connection -> {
            work.execute(connection);
            return null;
        });
    }
}
