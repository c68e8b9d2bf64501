package uk.police.enforcement.change;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.referral.ReferralRequests;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
/**
 * The change feed as a consuming system relies on it: every change once, in one order, never skipped by a
 * transaction that commits late, nothing for a change rolled back, a long poll that answers when an entry
 * arrives, a partner that sees its own agency's notices only, and every page read logged.
 */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    DataSource dataSource;

    /** One page read as the given caller (a role's token, or a partner's). */
    private static JsonPath page(String token, String after, int limit) {
        return page(token, after, limit, null);
    }

    private static JsonPath page(String token, String after, int limit, String wait) {
        var request = io.restassured.RestAssured.given().filter(Contract.requestsAndResponses()).auth().oauth2(token)
                .accept("application/json").queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (wait != null) {
            request.queryParam("wait", wait);
        }
        return request.get("/api/v2/changes").then().statusCode(200).extract().jsonPath();
    }

    /** The cursor of the feed's end now: what a consumer that starts today saves first. */
    private static String endOfFeed() {
        String reader = TestTokens.forRoles("reader");
        String cursor = null;
        while (true) {
            JsonPath page = page(reader, cursor, 1000);
            cursor = page.getString("cursor");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    /**
     * Every entry after {@code cursor}, read {@code limit} at a time to the end. An empty page is asked again
     * with a short wait: a moment's other transaction (the audit's, the totals') may hold the feed back.
     */
    private static List<Map<String, Object>> readFrom(String token, String cursor, int limit) {
        List<Map<String, Object>> entries = new ArrayList<>();
        while (true) {
            JsonPath page = page(token, cursor, limit);
            if (page.getList("items").isEmpty()) {
                page = page(token, cursor, limit, "PT2S");
            }
            List<Map<String, Object>> items = page.getList("items");
            entries.addAll(items);
            cursor = page.getString("cursor");
            if (items.isEmpty()) {
                return entries;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String recordId(Map<String, Object> entry) {
        return (String) ((Map<String, Object>) entry.get("data")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static String version(Map<String, Object> entry) {
        return (String) ((Map<String, Object>) entry.get("data")).get("version");
    }

    private static List<String> typesOf(List<Map<String, Object>> entries, Set<String> ids) {
        return entries.stream().filter(e -> ids.contains(recordId(e))).map(e -> e.get("type") + " " + recordId(e)).toList();
    }

    @Test
    void everyChangeIsOneCloudEventInTheOrderItWasMade() {
        String start = endOfFeed();
        Response created = Operations.create(Operations.body());
        String operation = created.path("id");
        String operationTag = created.header("ETag");
        Map<String, Object> patch = Map.of("description", "Warrants executed across the north");
        String patchedTag = Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", operationTag)
                .body(patch).patch("/api/v2/operations/" + operation).then().statusCode(200).extract().header("ETag");
        String agency = Notices.createAgency();
        String notice = Notices.createNotice(Notices.notice(agency));
        Notices.transition(notice, "ISSUED").then().statusCode(200);
        String action = Actions.create(Actions.arrest(1));
        String actionTag = Api.as("reader").get("/api/v2/enforcement-actions/" + action).header("ETag");
        Api.as("supervisor").accept("application/problem+json").header("If-Match", actionTag).delete("/api/v2/enforcement-actions/" + action).then()
                .statusCode(204);

        List<Map<String, Object>> entries = readFrom(TestTokens.forRoles("reader"), start, 2);
        assertEquals(List.of(
                "uk.police.enforcement.operation.created " + operation,
                "uk.police.enforcement.operation.updated " + operation,
                "uk.police.enforcement.agency.created " + agency,
                "uk.police.enforcement.notice.created " + notice,
                "uk.police.enforcement.notice.transitioned " + notice,
                "uk.police.enforcement.action.created " + action,
                "uk.police.enforcement.action.deleted " + action),
                typesOf(entries, Set.of(operation, agency, notice, action)));
        Map<String, Object> update = entries.stream().filter(e -> e.get("type").equals("uk.police.enforcement.operation.updated")
                && recordId(e).equals(operation)).findFirst().orElseThrow();
        assertEquals(patchedTag, version(update), "data.version is the record's ETag after the change");
        assertEquals("1.0", update.get("specversion"));
        assertEquals("operations/" + operation, update.get("subject"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) update.get("data");
        assertEquals("OFFICIAL_SENSITIVE", data.get("security_marking"));
        // The link reads the record itself, as an audited consultation.
        Api.as("reader").get((String) data.get("href")).then().statusCode(200).header("ETag", patchedTag);
        assertEquals(entries.stream().map(e -> e.get("id")).distinct().count(), entries.size(), "ids are unique");
    }

    @Test
    void aChangeRolledBackLeavesNoEntry() throws Exception {
        String start = endOfFeed();
        UUID agency = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertAgency(connection, agency);
            connection.rollback();
        }
        String committed = Notices.createAgency();
        List<String> ids = readFrom(TestTokens.forRoles("reader"), start, 50).stream().map(ChangeFeedTest::recordId).toList();
        assertTrue(ids.contains(committed));
        assertTrue(!ids.contains(agency.toString()), "the rolled-back insert has no entry");
    }

    @Test
    void aTransactionStillInFlightHoldsTheFeedBackAndIsNeverSkipped() throws Exception {
        String reader = TestTokens.forRoles("reader");
        String cursor = endOfFeed();
        UUID late = UUID.randomUUID();
        Set<String> ours = new java.util.HashSet<>(Set.of(late.toString()));
        List<Map<String, Object>> seen = new ArrayList<>();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insertAgency(slow, late); // its transaction began first, and stays open
            for (int i = 0; i < 3; i++) {
                ours.add(Notices.createAgency()); // committed after it began, before it commits
                JsonPath page = page(reader, cursor, 5);
                seen.addAll(page.getList("items"));
                cursor = page.getString("cursor");
            }
            assertEquals(List.of(), typesOf(seen, ours),
                    "nothing after the open transaction is shown while it could still add an entry before it");
            slow.commit();
        }
        seen.addAll(readFrom(reader, cursor, 5));
        List<String> order = typesOf(seen, ours);
        assertEquals(4, order.size(), "each change exactly once: " + order);
        assertEquals("uk.police.enforcement.agency.created " + late, order.get(0), "the late transaction first");
    }

    @Test
    void twoHundredConcurrentWritesAreReadExactlyOnceAcrossPages() throws Exception {
        String start = endOfFeed();
        Set<String> written = ConcurrentHashMap.newKeySet();
        Map<String, Integer> readCounts = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(17);
        try {
            // A consumer pages 7 at a time while the writes happen, resuming from each page's cursor.
            Future<?> consumer = pool.submit(() -> {
                String reader = TestTokens.forRoles("reader");
                String cursor = start;
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                // Until the writers are done and all they wrote has been read (or a minute has passed).
                while (writing.get() || !readCounts.keySet().containsAll(written)) {
                    if (System.nanoTime() > giveUp) {
                        return null;
                    }
                    JsonPath page = page(reader, cursor, 7);
                    page.<Map<String, Object>>getList("items").forEach(e -> readCounts.merge(recordId(e), 1, Integer::sum));
                    cursor = page.getString("cursor");
                }
                // Nothing of it comes again.
                page(reader, cursor, 1000).<Map<String, Object>>getList("items")
                        .forEach(e -> readCounts.merge(recordId(e), 1, Integer::sum));
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = writer; i < 200; i += 16) {
                        written.add(Actions.create(Actions.arrest(1)));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            consumer.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, written.size());
        Map<String, Integer> ours = new HashMap<>();
        written.forEach(id -> ours.put(id, readCounts.getOrDefault(id, 0)));
        assertEquals(Collections.nCopies(200, 1), new ArrayList<>(ours.values()), "each write read exactly once");
        long entries = readFrom(TestTokens.forRoles("reader"), start, 1000).stream()
                .filter(e -> written.contains(recordId(e))).count();
        assertEquals(200, entries, "200 writes, 200 entries");
    }

    @Test
    void aLongPollAnswersAsSoonAsAnEntryArrives() throws Exception {
        String start = endOfFeed();
        String reader = TestTokens.forRoles("reader");
        // At the end of the feed with nothing coming: an empty page, and the same position to resume from.
        JsonPath idle = io.restassured.RestAssured.given().filter(Contract.requestsAndResponses()).auth().oauth2(reader)
                .queryParam("after", start).queryParam("wait", "PT1S").get("/api/v2/changes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), idle.getList("items"));
        assertEquals(start, idle.getString("cursor"));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long asked = System.nanoTime();
            Future<JsonPath> poll = pool.submit(() -> io.restassured.RestAssured.given()
                    .filter(Contract.requestsAndResponses()).auth().oauth2(reader).queryParam("after", start)
                    .queryParam("wait", "PT20S").get("/api/v2/changes").then().statusCode(200).extract().jsonPath());
            Thread.sleep(500);
            String agency = Notices.createAgency();
            JsonPath answer = poll.get(30, TimeUnit.SECONDS);
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertEquals(agency, answer.getString("items[0].data.id"));
            assertTrue(waitedMillis < 15_000, "answered when the entry came, not at the end of the wait: " + waitedMillis);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badPositionsAndWaitsAreNamed() {
        Api.badRequestAs("reader").queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v2/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        // A well-formed cursor whose position no transaction id can have (beyond 2^64 - 1).
        String beyond = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("99999999999999999999\u001f1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.badRequestAs("reader").queryParam("after", beyond).get("/api/v2/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        Api.badRequestAs("reader").queryParam("wait", "PT31S").get("/api/v2/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("wait"));
        Api.badRequestAs("reader").queryParam("wait", "P1D").get("/api/v2/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("wait"));
    }

    @Test
    void aPartnerSeesOnlyItsOwnAgencysNotices() {
        String start = endOfFeed();
        String code = Notices.uniqueCode();
        String own = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then().statusCode(201)
                .extract().path("id");
        String other = Notices.createAgency();
        String ownNotice = Notices.createNotice(Notices.notice(own));
        Notices.createNotice(Notices.notice(other));
        Notices.transition(ownNotice, "ISSUED").then().statusCode(200);
        Actions.create(Actions.arrest(1));

        List<Map<String, Object>> seen = readFrom(TestTokens.partner(code), start, 50);
        assertEquals(List.of("uk.police.enforcement.notice.created " + ownNotice,
                "uk.police.enforcement.notice.transitioned " + ownNotice),
                seen.stream().map(e -> e.get("type") + " " + recordId(e)).toList());
    }

    @Test
    void referralsAndCrimesAreAnnouncedAndAPartnerSeesOnlyTheReferralsItsAgencySent() {
        String start = endOfFeed();
        String code = Notices.uniqueCode();
        String own = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> sent = ReferralRequests.body(Instant.now().minusSeconds(60));
        sent.put("partner_agency_id", own);
        String ownReferral = ReferralRequests.create(sent);
        String unitReferral = ReferralRequests.create(ReferralRequests.body(Instant.now().minusSeconds(60)));
        ReferralRequests.move(ownReferral, Map.of("to_status", "CLOSED", "closure_reason", "DUPLICATE")).then()
                .statusCode(200);
        String crime = Api.as("recorder").body(Map.of("crime_reference", "CR-" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase(), "offence_code", "86/2")).post("/api/v2/crimes").then().statusCode(201)
                .extract().path("id");

        List<String> all = readFrom(TestTokens.forRoles("reader"), start, 50).stream()
                .map(e -> e.get("type") + " " + recordId(e)).toList();
        assertTrue(all.containsAll(List.of("uk.police.enforcement.referral.created " + ownReferral,
                "uk.police.enforcement.referral.created " + unitReferral,
                "uk.police.enforcement.referral.transitioned " + ownReferral,
                "uk.police.enforcement.crime.created " + crime)), all.toString());
        List<Map<String, Object>> seen = readFrom(TestTokens.partner(code), start, 50);
        assertEquals(List.of("uk.police.enforcement.referral.created " + ownReferral,
                "uk.police.enforcement.referral.transitioned " + ownReferral),
                seen.stream().map(e -> e.get("type") + " " + recordId(e)).toList());
        assertEquals("/api/v2/referrals/" + ownReferral, ((Map<?, ?>) seen.get(0).get("data")).get("href"));
    }

    @Test
    void readingAPageIsLoggedAsAConsultation() {
        String requestId = "feed-" + UUID.randomUUID();
        io.restassured.RestAssured.given().filter(Contract.requestsAndResponses()).auth()
                .oauth2(TestTokens.forRoles("reader")).header("X-Request-Id", requestId).get("/api/v2/changes?limit=1")
                .then().statusCode(200);
        Api.as("auditor").queryParam("resource_type", "changes").queryParam("occurred_from",
                OffsetDateTime.now().minusMinutes(5).toString()).queryParam("limit", 200).get("/api/v2/audit-events")
                .then().statusCode(200).body("items.findAll { it.correlation_id == '" + requestId + "' }.size()",
                        equalTo(1));
    }

    private static void insertAgency(Connection connection, UUID id) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into partner_agency (id, code, name, kind, "
                + "active, created_at, updated_at, version) values (?, ?, 'Late agency', 'ROCU', true, now(), now(), 0)")) {
            insert.setObject(1, id);
            insert.setString(2, Notices.uniqueCode());
            insert.executeUpdate();
        }
    }
    /** Records an operation; the feed's end once its entry shows after {@code cursor} (a moment's other
     *  transaction may hold it back). */
    private static String endAfterOneMore(String reader, String cursor) {
        Operations.create(Operations.body());
        JsonPath after = page(reader, cursor, 1000, "PT5S");
        assertTrue(!after.getList("items").isEmpty(), "the operation's entry did not show");
        return after.getString("cursor");
    }

    /**
     * A follower whose cursor is older than the feed keeps gets a 410 telling it to resynchronise from an
     * export; an export's Feed-Position is a cursor from which the feed reads on with every later change. (The
     * pruning itself: ChangeFeedRetentionTest, on a database of its own; here the pruned end is set for a moment.)
     */
    @Test
    void aCursorOlderThanTheFeedKeepsIs410AndAnExportSaysWhereToFollowOn() throws Exception {
        String reader = TestTokens.forRoles("reader");
        String before = endAfterOneMore(reader, endOfFeed()); // a cursor at an entry (the start is never expired)
        String prunedEnd = endAfterOneMore(reader, before);
        ChangeFeed.Position pruned = ChangeFeed.Position.of(prunedEnd, "after");
        // A partner sees none of these entries, yet its cursor moves on with the feed: an agency quiet for longer
        // than the feed keeps entries must not be taken for a reader that fell behind.
        JsonPath partner = Api.withToken(TestTokens.partner("QUIET")).queryParam("after", before)
                .get("/api/v2/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), partner.getList("items"));
        assertTrue(ChangeFeed.Position.of(partner.getString("cursor"), "after").compareTo(pruned) >= 0,
                "the partner's cursor stayed behind the feed's end");
        String restore;
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            java.sql.ResultSet was = statement.executeQuery("select through_tx::text || ':' || through_seq from change_feed_pruned");
            was.next();
            restore = was.getString(1);
            statement.executeUpdate("update change_feed_pruned set through_tx = '" + pruned.txId() + "', through_seq = "
                    + pruned.seq());
        }
        try {
            Response expired = Api.badRequestAs("reader").queryParam("after", before).get("/api/v2/changes");
            assertEquals(410, expired.statusCode(), "before " + ChangeFeed.Position.of(before, "after") + ", pruned "
                    + pruned + ": " + expired.asString());
            expired.then()
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("Resynchronise: note the feed's end"));
            // At the pruned end, and after it, the feed reads on.
            page(reader, prunedEnd, 10);

            Instant now = Instant.now();
            Actions.create(Map.of("action_type", "ARREST", "occurred_at", now.toString(), "area", "NORTH",
                    "offence_category", "IIOC_DISTRIBUTION", "rms_reference", Actions.rmsReference(),
                    "persons_arrested", 1));
            Response export = Api.as("reader").accept("application/x-ndjson").queryParam("recipient", "Records system")
                    .queryParam("occurred_from", now.minusSeconds(60).toString())
                    .queryParam("occurred_before", now.plusSeconds(60).toString())
                    .get("/api/v2/exports/enforcement-actions.ndjson");
            export.then().statusCode(200);
            String position = export.header("Feed-Position");
            // Consistent with the export's snapshot: at least as far as every change made before it.
            assertTrue(ChangeFeed.Position.of(position, "after").compareTo(pruned) >= 0, "Feed-Position " + position);
            String later = Operations.createId(Operations.body());
            assertTrue(readFrom(reader, position, 100).stream()
                    .anyMatch(entry -> later.equals(((Map<?, ?>) entry.get("data")).get("id"))),
                    "the change after the export is not in the feed after its Feed-Position");
        } finally {
            try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
                String[] was = restore.split(":");
                statement.executeUpdate("update change_feed_pruned set through_tx = '" + was[0] + "', through_seq = "
                        + was[1]);
            }
        }
    }
}
