package uk.police.enforcement.summary;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestTokens;
/**
 * Heavy counts take turns (enforcement.summaries.concurrent-counts, 2): with both turns taken by summaries that
 * cannot finish (the totals locked here), a third waits its turn and then gets a 503 to retry, while a single
 * record still answers at once (the counts hold no more than their turns' connections); once the lock goes, the
 * two answer. Without turns the third took a connection and waited on the lock like the others, and 32 of them
 * left nothing of the pool for anyone. A publication's drift takes its turn from the same ones.
 */
@QuarkusTest
class CountingTurnsTest {

    private static final String YEAR = "/api/v2/summaries?day_from=2025-01-01&day_to=2025-12-31";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Test
    void aCountBeyondTheTurnsWaitsThenIsToldToRetryWhileSingleRecordsStillAnswer() throws Exception {
        String action = Actions.create(Actions.arrest(1));
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try (Connection locker = lockTheTotals()) {
            List<Future<Integer>> inTurn = List.of(clients.submit(CountingTurnsTest::yearSummary),
                    clients.submit(CountingTurnsTest::yearSummary));
            awaitWaitingOnLock(2);
            Future<Integer> third = clients.submit(() -> Api.as("reader").get(YEAR).then()
                    .statusCode(503).header("Retry-After", equalTo("1"))
                    .body("detail", equalTo("Too many figures are being counted on this instance just now; retry "
                            + "shortly.")).extract().statusCode());
            Api.as("reader").get("/api/v2/enforcement-actions/" + action).then().statusCode(200);
            assertEquals(503, third.get(30, TimeUnit.SECONDS));
            // The turns are the instance's, not each service's: a publication's drift waits for the same ones.
            Api.as("reader").get("/api/v2/publications/" + UUID.randomUUID() + "/drift").then().statusCode(503);
            assertEquals(2, waitingOnLock(), "the third count never reached the database");
            locker.rollback();
            for (Future<Integer> count : inTurn) {
                assertEquals(200, count.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * A count whose client closed its connection while it waited for its turn is not made when the turn comes: no one
     * would read it, and it would hold the turn from those still waiting.
     */
    @Test
    void aCountWhoseClientHasGoneIsNotMadeWhenItsTurnComes() throws Exception {
        Actions.create(Actions.arrest(1)); // a change: the year is counted again, not answered from the cache
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Connection locker = lockTheTotals()) {
            List<Future<Integer>> inTurn = List.of(clients.submit(CountingTurnsTest::yearSummary),
                    clients.submit(CountingTurnsTest::yearSummary));
            awaitWaitingOnLock(2);
            double before = countsMade(); // the two in turn have begun theirs
            try (Socket gone = new Socket("localhost", RestAssured.port)) {
                gone.getOutputStream().write(("GET " + YEAR + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + TestTokens.forRoles("reader") + "\r\nAccept: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                gone.getOutputStream().flush();
                Thread.sleep(300); // it waits for a turn; then its client gives up
            }
            locker.rollback();
            for (Future<Integer> count : inTurn) {
                assertEquals(200, count.get(30, TimeUnit.SECONDS));
            }
            Thread.sleep(1_000); // the third has had its turn (the test profile's turn wait is 3 s)
            assertEquals(0, countsMade() - before, 0.0, "the abandoned count was made when its turn came");
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * A summary the figure cache can answer takes no turn: with both turns held by counts that cannot finish, a year
     * counted before, with nothing changed since, answers at once. It used to wait for a turn like a count, and got
     * the 503 once the wait was over: a dashboard's cached figures queued behind someone's slow count.
     */
    @Test
    void aSummaryTheCacheCanAnswerDoesNotWaitForATurn() throws Exception {
        Actions.create(Actions.arrest(1)); // a change: every period is counted again, not answered from the cache
        assertEquals(200, yearSummary()); // counted, and kept
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Connection locker = lockTheTotals()) {
            List<Future<Integer>> inTurn = List.of(
                    clients.submit(() -> Api.as("reader").get("/api/v2/summaries?financial_year=2023-24").then()
                            .extract().statusCode()),
                    clients.submit(() -> Api.as("reader").get("/api/v2/summaries?financial_year=2024-25").then()
                            .extract().statusCode()));
            awaitWaitingOnLock(2);
            double hits = meters.get("enforcement.figures.cache").tag("result", "hit").counter().count();
            Api.as("reader").get(YEAR).then().statusCode(200).body("day_from", equalTo("2025-01-01"));
            assertEquals(1, meters.get("enforcement.figures.cache").tag("result", "hit").counter().count() - hits,
                    0.0, "answered from the cache");
            assertEquals(2, waitingOnLock(), "the two counts still hold both turns");
            locker.rollback();
            for (Future<Integer> count : inTurn) {
                assertEquals(200, count.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Counts of a period begun (made, or answered from the figure cache). */
    private double countsMade() {
        return meters.get("enforcement.figures.cache").tag("result", "hit").counter().count()
                + meters.get("enforcement.figures.cache").tag("result", "counted").counter().count();
    }

    /** A transaction holding the action totals: a year's count waits on it, in its turn, until it rolls back. */
    private Connection lockTheTotals() throws Exception {
        Connection locker = dataSource.getConnection();
        locker.setAutoCommit(false);
        try (Statement lock = locker.createStatement()) {
            lock.execute("lock table action_daily_total_deltas in access exclusive mode");
        }
        return locker;
    }

    private static int yearSummary() {
        return Api.as("reader").get(YEAR).then().extract().statusCode();
    }

    private void awaitWaitingOnLock(int sessions) throws Exception {
        for (int i = 0; i < 300 && waitingOnLock() < sessions; i++) {
            Thread.sleep(50);
        }
        assertEquals(sessions, waitingOnLock(), "summaries waiting on the locked totals");
    }

    private int waitingOnLock() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from pg_stat_activity where datname ="
                        + " current_database() and wait_event_type = 'Lock' and query like '%action_daily_total%'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
