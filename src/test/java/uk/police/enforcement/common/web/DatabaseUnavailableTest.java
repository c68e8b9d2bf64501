package uk.police.enforcement.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;
/** Which failures mean "the database is away" (503 with Retry-After) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void aCommitThatFailedBecausePostgresShutDownIsUnavailable() {
        // As Narayana reports it: the driver's error is only a suppressed exception of the RollbackException.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        RuntimeException wrapped = new RuntimeException("Error invoking subclass method", commit);
        assertTrue(ProblemMappers.isDatabaseUnavailable(wrapped));
        assertEquals(503, ProblemStatus.of(wrapped));
    }

    @Test
    void connectionRefusedStartingUpAndTooManyConnectionsAreUnavailable() {
        for (String state : new String[] { "08001", "08006", "57P03", "57014", "53300" }) {
            assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(new SQLException("x", state))), state);
        }
    }

    /** Found by the outage test with readers: a pool that stays busy was a 500, not a 503. */
    @Test
    void aPoolThatStaysBusyForTheWholeAcquisitionTimeoutIsUnavailable() {
        SQLException exhausted = new SQLException("Sorry, acquisition timeout!");
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException("Unable to acquire JDBC Connection",
                exhausted)));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("some other failure")));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMappers.isDatabaseUnavailable(new RuntimeException(new SQLException("syntax", "42601"))));
        RuntimeException selfSuppressed = new RuntimeException("loop");
        RuntimeException other = new RuntimeException("other", selfSuppressed);
        selfSuppressed.addSuppressed(other);
        assertFalse(ProblemMappers.isDatabaseUnavailable(other));
    }
}
