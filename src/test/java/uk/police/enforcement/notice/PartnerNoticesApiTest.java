package uk.police.enforcement.notice;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
@QuarkusTest
class PartnerNoticesApiTest {

    private static final Map<NoticeStatus, List<NoticeStatus>> PATH_TO = Map.of(
            NoticeStatus.DRAFT, List.of(),
            NoticeStatus.ISSUED, List.of(NoticeStatus.ISSUED),
            NoticeStatus.DELIVERED, List.of(NoticeStatus.ISSUED, NoticeStatus.DELIVERED),
            NoticeStatus.ACKNOWLEDGED, List.of(NoticeStatus.ISSUED, NoticeStatus.DELIVERED, NoticeStatus.ACKNOWLEDGED),
            NoticeStatus.DECLINED, List.of(NoticeStatus.ISSUED, NoticeStatus.DELIVERED, NoticeStatus.DECLINED),
            NoticeStatus.CLOSED, List.of(NoticeStatus.ISSUED, NoticeStatus.DELIVERED, NoticeStatus.ACKNOWLEDGED,
                    NoticeStatus.CLOSED),
            NoticeStatus.ESCALATED, List.of(NoticeStatus.ISSUED, NoticeStatus.ESCALATED),
            NoticeStatus.WITHDRAWN, List.of(NoticeStatus.WITHDRAWN));

    /** The life-cycle as the issue states it, written out independently of the service's table. */
    private static final Map<NoticeStatus, Set<NoticeStatus>> LEGAL = Map.of(
            NoticeStatus.DRAFT, EnumSet.of(NoticeStatus.ISSUED, NoticeStatus.WITHDRAWN),
            NoticeStatus.ISSUED, EnumSet.of(NoticeStatus.DELIVERED, NoticeStatus.ESCALATED, NoticeStatus.WITHDRAWN),
            NoticeStatus.DELIVERED, EnumSet.of(NoticeStatus.ACKNOWLEDGED, NoticeStatus.DECLINED, NoticeStatus.ESCALATED),
            NoticeStatus.ACKNOWLEDGED, EnumSet.of(NoticeStatus.CLOSED, NoticeStatus.ESCALATED),
            NoticeStatus.DECLINED, EnumSet.of(NoticeStatus.CLOSED, NoticeStatus.ESCALATED),
            NoticeStatus.CLOSED, EnumSet.noneOf(NoticeStatus.class),
            NoticeStatus.ESCALATED, EnumSet.noneOf(NoticeStatus.class),
            NoticeStatus.WITHDRAWN, EnumSet.noneOf(NoticeStatus.class));

    private String noticeIn(NoticeStatus status, String agency) {
        String id = Notices.createNotice(Notices.notice(agency));
        for (NoticeStatus step : PATH_TO.get(status)) {
            Notices.transition(id, step.toString()).then().statusCode(200).body("status", equalTo(step.toString()));
        }
        return id;
    }

    @Test
    void createdAsDraftAndReadBack() {
        String agency = Notices.createAgency();
        String operation = Operations.createId(Operations.body());
        Map<String, Object> body = Notices.notice(agency);
        body.put("operation_id", operation);
        body.put("follow_up_due", "2026-04-01");
        String id = Notices.createNotice(body);
        Api.as("reader").get("/api/v2/partner-notices/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("counts_as_issued", equalTo(false))
                .body("issued_on", nullValue()).body("security_marking", equalTo("OFFICIAL_SENSITIVE"));
        Api.as("reader").get("/api/v2/operations/" + operation + "/partner-notices").then().statusCode(200)
                .body("items.id", contains(id));
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/operations/" + operation).then().statusCode(409);
    }

    @Test
    void noticeTypesComeFromTheConfiguredListAndLegislationFromTheComputerMisuseAct() {
        String agency = Notices.createAgency();
        Map<String, Object> body = Notices.notice(agency);
        body.put("notice_type", "CHILD_ABDUCTION_WARNING_NOTICE");
        body.put("legislation", "CAA_1984_S2");
        String id = Notices.createNotice(body);
        Api.as("reader").get("/api/v2/partner-notices/" + id).then().body("notice_type",
                equalTo("CHILD_ABDUCTION_WARNING_NOTICE"));
        body.put("notice_type", "DISRUPTION_NOTICE");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("notice_type")).body("errors[0].message",
                        equalTo("must be one of CEASE_AND_DESIST, CHILD_ABDUCTION_WARNING_NOTICE, WARNING_LETTER, OTHER"));
        Api.badRequestAs("reader").get("/api/v2/partner-notices?notice_type=DISRUPTION_NOTICE").then().statusCode(400)
                .body("errors.field", contains("notice_type"));
        body.put("notice_type", "CEASE_AND_DESIST");
        body.put("legislation", "POCA_1978_S1");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("legislation"));
        body.put("legislation", "CMA_1990_S3ZA");
        Notices.createNotice(body);
    }

    @Test
    void referencesAreChecked() {
        Map<String, Object> body = Notices.notice(UUID.randomUUID().toString());
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(422)
                .body("errors.field", contains("partner_agency_id"));
        Map<String, Object> inactive = Notices.agency(Notices.uniqueCode());
        inactive.put("active", false);
        String inactiveId = Api.as("recorder").body(inactive).post("/api/v2/partner-agencies").then().statusCode(201)
                .extract().path("id");
        Api.badRequestAs("recorder").body(Notices.notice(inactiveId)).post("/api/v2/partner-notices").then()
                .statusCode(422).body("errors.field", contains("partner_agency_id"))
                .body("detail", containsString("inactive"));
        body = Notices.notice(Notices.createAgency());
        body.put("operation_id", UUID.randomUUID().toString());
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(422)
                .body("errors.field", contains("operation_id"));
    }

    @Test
    void fieldRules() {
        Map<String, Object> body = Notices.notice(Notices.createAgency());
        body.put("issued_on", "2026-03-04");
        body.put("follow_up_due", "2026-03-01");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("follow_up_due"));
        body = Notices.notice(Notices.createAgency());
        body.put("status", "ISSUED");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("status"));
        body = Notices.notice(Notices.createAgency());
        body.put("subject_reference", "John Smith");
        body.put("notes", "x".repeat(501));
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("notes", "subject_reference"));
    }

    @Test
    void everyLegalTransitionSucceedsAndEveryIllegalOneIs409() {
        String agency = Notices.createAgency();
        int legal = 0;
        int illegal = 0;
        for (NoticeStatus from : NoticeStatus.values()) {
            for (NoticeStatus to : NoticeStatus.values()) {
                String id = noticeIn(from, agency);
                if (LEGAL.get(from).contains(to)) {
                    Notices.transition(id, to.toString()).then().statusCode(200)
                            .body("status", equalTo(to.toString())).header("ETag", notNullValue());
                    legal++;
                } else {
                    String etag = Api.as("reader").get("/api/v2/partner-notices/" + id).header("ETag");
                    Api.badRequestAs("recorder").header("If-Match", etag).body(Map.of("to_status", to.toString()))
                            .post("/api/v2/partner-notices/" + id + "/transitions").then().statusCode(409)
                            .contentType("application/problem+json")
                            .body("detail", containsString("in status " + from))
                            .body("errors[0].field", equalTo("to_status"));
                    Api.as("reader").get("/api/v2/partner-notices/" + id).then()
                            .body("status", equalTo(from.toString()));
                    illegal++;
                }
            }
        }
        assertEquals(12, legal);
        assertEquals(52, illegal);
    }

    @Test
    void countingAsIssuedFollowsTheDocumentedRule() {
        String agency = Notices.createAgency();
        String served = noticeIn(NoticeStatus.DELIVERED, agency);
        Api.as("reader").get("/api/v2/partner-notices/" + served).then().body("counts_as_issued", equalTo(true))
                .body("issued_on", notNullValue());
        String withdrawnAfterIssue = noticeIn(NoticeStatus.ISSUED, agency);
        Notices.transition(withdrawnAfterIssue, "WITHDRAWN").then().statusCode(200)
                .body("counts_as_issued", equalTo(false));
        String escalated = noticeIn(NoticeStatus.ESCALATED, agency);
        Api.as("reader").get("/api/v2/partner-notices/" + escalated).then().body("counts_as_issued", equalTo(true));
        String withdrawnDraft = noticeIn(NoticeStatus.WITHDRAWN, agency);
        Api.as("reader").get("/api/v2/partner-notices/" + withdrawnDraft).then()
                .body("counts_as_issued", equalTo(false));
    }

    @Test
    void historyListsWhoWhenFromToAndWhy() {
        String id = noticeIn(NoticeStatus.DELIVERED, Notices.createAgency());
        Api.as("reader").get("/api/v2/partner-notices/" + id + "/transitions").then().statusCode(200)
                .body("items.to_status", contains("DRAFT", "ISSUED", "DELIVERED"))
                .body("items.from_status", contains(null, "DRAFT", "ISSUED"))
                .body("items[1].reason", equalTo("test"))
                .body("items[1].actor", equalTo("test-recorder"));
        String page2 = Api.as("reader").get("/api/v2/partner-notices/" + id + "/transitions?limit=2").path("next_cursor");
        Api.as("reader").get("/api/v2/partner-notices/" + id + "/transitions?limit=2&cursor=" + page2).then()
                .body("items.to_status", contains("DELIVERED"));
        Api.as("reader").get("/api/v2/partner-notices/" + UUID.randomUUID() + "/transitions").then().statusCode(404);
    }

    @Test
    void aTransitionRetriedWithItsIdempotencyKeyGetsTheFirstAnswer() {
        String id = Notices.createNotice(Notices.notice(Notices.createAgency()));
        String url = "/api/v2/partner-notices/" + id + "/transitions";
        String key = UUID.randomUUID().toString();
        Map<String, Object> issue = Map.of("to_status", "ISSUED", "occurred_at", "2026-03-04T11:00:00Z");
        String first = Api.as("recorder").header("If-Match", "\"0\"").header("Idempotency-Key", key).body(issue)
                .post(url).then().statusCode(200).header("ETag", "\"1\"").extract().asString();
        // The response was lost; the retry (with the ETag it read before) replays the answer, changing nothing.
        String retried = Api.as("recorder").header("If-Match", "\"0\"").header("Idempotency-Key", key).body(issue)
                .post(url).then().statusCode(200).header("ETag", "\"1\"").extract().asString();
        assertEquals(first, retried);
        Api.as("reader").get(url).then().body("items.to_status", contains("DRAFT", "ISSUED"));
        Api.badRequestAs("recorder").header("If-Match", "\"1\"").header("Idempotency-Key", key)
                .body(Map.of("to_status", "DELIVERED")).post(url).then().statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void transitionsNeedIfMatchAndRefuseFutureTimes() {
        String id = Notices.createNotice(Notices.notice(Notices.createAgency()));
        String url = "/api/v2/partner-notices/" + id + "/transitions";
        Api.badRequestAs("recorder").body(Map.of("to_status", "ISSUED")).post(url).then().statusCode(428);
        Api.badRequestAs("recorder").header("If-Match", "\"7\"").body(Map.of("to_status", "ISSUED")).post(url).then()
                .statusCode(412);
        Api.badRequestAs("recorder").header("If-Match", "\"0\"")
                .body(Map.of("to_status", "ISSUED", "occurred_at", "2999-01-01T00:00:00Z")).post(url).then()
                .statusCode(400).body("errors.field", contains("occurred_at"));
        Api.as("recorder").header("If-Match", "\"0\"")
                .body(Map.of("to_status", "ISSUED", "occurred_at", "2026-07-01T23:30:00Z")).post(url).then()
                .statusCode(200).body("issued_on", equalTo("2026-07-02")); // 00:30 BST on 2 July
        Api.badRequestAs("reader").header("If-Match", "\"1\"").body(Map.of("to_status", "DELIVERED")).post(url).then()
                .statusCode(403);
    }

    @Test
    void twoClientsRacingTheSameTransitionEndWithOneSuccessAndOne412() throws Exception {
        String agency = Notices.createAgency();
        for (int round = 0; round < 5; round++) {
            String id = Notices.createNotice(Notices.notice(agency));
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> racer = () -> {
                start.await();
                return Api.badRequestAs("recorder").header("If-Match", "\"0\"")
                        .body(Map.of("to_status", "ISSUED")).post("/api/v2/partner-notices/" + id + "/transitions")
                        .statusCode();
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = new ArrayList<>(List.of(pool.submit(racer), pool.submit(racer)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            pool.shutdown();
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
            Api.as("reader").get("/api/v2/partner-notices/" + id + "/transitions").then()
                    .body("items.to_status", contains("DRAFT", "ISSUED"));
        }
    }

    @Test
    void listFiltersCombine() {
        String agency = Notices.createAgency();
        String other = Notices.createAgency();
        String operation = Operations.createId(Operations.body());
        Map<String, Object> a = Notices.notice(agency);
        a.put("operation_id", operation);
        a.put("issued_on", "2026-03-04");
        String first = Notices.createNotice(a);
        Map<String, Object> b = Notices.notice(agency);
        b.put("notice_type", "WARNING_LETTER");
        String second = Notices.createNotice(b);
        String third = Notices.createNotice(Notices.notice(other));
        Notices.transition(first, "ISSUED").then().statusCode(200);

        String byAgency = "/api/v2/partner-notices?partner_agency_id=" + agency;
        Api.as("reader").get(byAgency).then().body("items.id", contains(first, second));
        Api.as("reader").get(byAgency + "&notice_type=WARNING_LETTER").then().body("items.id", contains(second));
        Api.as("reader").get(byAgency + "&status=ISSUED").then().body("items.id", contains(first));
        Api.as("reader").get(byAgency + "&operation_id=" + operation).then().body("items.id", contains(first));
        Api.as("reader").get(byAgency + "&issued_from=2026-03-04&issued_to=2026-03-04").then().body("items.id", contains(first));
        Api.as("reader").get(byAgency + "&issued_from=2026-03-05").then().body("items.id", empty());
        Api.as("reader").get("/api/v2/partner-notices?partner_agency_id=" + other).then()
                .body("items.id", contains(third));
        Api.badRequestAs("reader").get(byAgency + "&issued_from=2026-03-05&issued_to=2026-03-04").then().statusCode(400)
                .body("errors.field", contains("issued_to"));
    }
}
