package uk.police.enforcement.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.jdbc.ReturningWork;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    public JdbcWork(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    public <T> T call(ReturningWork<T> work) {
        if (QuarkusTransaction.isActive()) {
            return em.unwrap(Session.class).doReturningWork(work);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.execute(connection);
        } catch (SQLException e) {
            throw em.unwrap(SessionImplementor.class).getJdbcServices().getSqlExceptionHelper()
                    .convert(e, "JDBC work outside a transaction");
        }
    }
}
