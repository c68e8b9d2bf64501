package uk.police.enforcement.common.persistence;

import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Makes the current transaction one read-only snapshot: every statement after this sees the database as the first
 * one did. PostgreSQL's default (READ COMMITTED) gives each statement a snapshot of its own, and figures read by
 * several statements (the totals, then the people counted once) disagreed when a change committed between them.
 * Call first in the transaction, before any other statement (PostgreSQL refuses it later).
 */
@ApplicationScoped
public class ReadSnapshot {

    private final JdbcWork jdbc;
    private final TransactionSynchronizationRegistry transactions;

    public ReadSnapshot(JdbcWork jdbc, TransactionSynchronizationRegistry transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void begin() {
        set("set transaction isolation level repeatable read, read only");
    }

    /**
     * The same snapshot for a transaction that also writes (a publication freezes what it counts): PostgreSQL
     * answers a write to a row changed since the snapshot with a serialization failure, a 503 to retry.
     */
    public void beginWithWrites() {
        set("set transaction isolation level repeatable read");
    }

    private void set(String isolation) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A read snapshot needs a transaction"); // a programming error
        }
        jdbc.run(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(isolation);
            }
        });
    }
}
