package uk.police.enforcement.common.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
/** A partner agency's user sees its own agency's notices, and nothing else. */
@QuarkusTest
class PartnerAccessTest {

    private static RequestSpecification as(String agencyCode) {
        return given().filter(Contract.requestsAndResponses()).auth().oauth2(TestTokens.partner(agencyCode))
                .contentType("application/json").accept("application/json");
    }

    private static RequestSpecification badAs(String agencyCode) {
        return given().filter(Contract.responsesOnly()).auth().oauth2(TestTokens.partner(agencyCode))
                .contentType("application/json").accept("application/json");
    }

    @Test
    void ownNoticesOnlyAcknowledgeOrDeclineOnlyAndSummariesOfOwnNotices() {
        String code = Notices.uniqueCode();
        String own = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then()
                .statusCode(201).extract().path("id");
        String other = Notices.createAgency();
        String operation = Operations.createId(Operations.body());
        Map<String, Object> body = Notices.notice(own);
        body.put("operation_id", operation);
        body.put("issued_on", "2026-03-04");
        String mine = Notices.createNotice(body);
        Notices.transition(mine, "ISSUED").then().statusCode(200);
        Notices.transition(mine, "DELIVERED").then().statusCode(200);
        String theirs = Notices.createNotice(Notices.notice(other));
        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("operation_id", operation);
        Actions.create(arrest);

        as(code).get("/api/v2/partner-notices").then().statusCode(200).body("items.id", contains(mine));
        as(code).get("/api/v2/partner-notices?partner_agency_id=" + other).then().statusCode(200)
                .body("items.id", empty());
        as(code).get("/api/v2/partner-notices/" + mine).then().statusCode(200);
        badAs(code).get("/api/v2/partner-notices/" + theirs).then().statusCode(404);
        badAs(code).get("/api/v2/partner-notices/" + theirs + "/transitions").then().statusCode(404);
        as(code).get("/api/v2/partner-notices/" + mine + "/transitions").then().statusCode(200);

        String etag = as(code).get("/api/v2/partner-notices/" + mine).header("ETag");
        badAs(code).header("If-Match", etag).body(Map.of("to_status", "ESCALATED"))
                .post("/api/v2/partner-notices/" + mine + "/transitions").then().statusCode(403);
        as(code).header("If-Match", etag).body(Map.of("to_status", "ACKNOWLEDGED"))
                .post("/api/v2/partner-notices/" + mine + "/transitions").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        String theirEtag = Api.as("reader").get("/api/v2/partner-notices/" + theirs).header("ETag");
        badAs(code).header("If-Match", theirEtag).body(Map.of("to_status", "DECLINED"))
                .post("/api/v2/partner-notices/" + theirs + "/transitions").then().statusCode(404);

        as(code).get("/api/v2/summaries?day_from=2026-03-01&day_to=2026-03-31&operation_id=" + operation).then()
                .statusCode(200).body("figures.notices_issued", equalTo(1))
                .body("figures.persons_arrested", equalTo(0)).body("figures.actions_recorded", equalTo(0));
        badAs(code).get("/api/v2/operations/" + operation + "/summary").then().statusCode(403);
        badAs(code).get("/api/v2/operations").then().statusCode(403);
        badAs(code).get("/api/v2/enforcement-actions").then().statusCode(403);

        // What the partner read was disclosed to its agency, and the log says so.
        Api.as("auditor").get("/api/v2/audit-events?limit=200&resource_id=" + mine).then()
                .body("items.action", hasItem("DISCLOSURE")).body("items.agency", hasItem(code));
    }

    @Test
    void aPartnerSeesWhichSideRecordedEachStepNotWhichOfficer() {
        String code = Notices.uniqueCode();
        String own = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then()
                .statusCode(201).extract().path("id");
        String notice = Notices.createNotice(Notices.notice(own));
        Notices.transition(notice, "ISSUED").then().statusCode(200);
        Notices.transition(notice, "DELIVERED").then().statusCode(200);
        String etag = as(code).get("/api/v2/partner-notices/" + notice).header("ETag");
        as(code).header("If-Match", etag).body(Map.of("to_status", "ACKNOWLEDGED"))
                .post("/api/v2/partner-notices/" + notice + "/transitions").then().statusCode(200);

        // The unit's officers appear as the unit, the partner's own step as its agency; no officer's user name.
        as(code).get("/api/v2/partner-notices/" + notice + "/transitions").then().statusCode(200)
                .body("items.to_status", contains("DRAFT", "ISSUED", "DELIVERED", "ACKNOWLEDGED"))
                .body("items.actor", contains("Cyber and Digital Crime Unit", "Cyber and Digital Crime Unit",
                        "Cyber and Digital Crime Unit", code))
                .body("items.findAll { it.actor_name != null }", empty());
        // The unit itself still sees who did what.
        Api.as("reader").get("/api/v2/partner-notices/" + notice + "/transitions").then().statusCode(200)
                .body("items.actor", not(hasItem("Cyber and Digital Crime Unit")))
                .body("items.actor_name", not(hasItem(nullValue())));
    }

    @Test
    void aPartnerTokenWithoutAgencyIsRefused() {
        given().filter(Contract.responsesOnly()).auth().oauth2(TestTokens.forRoles("partner"))
                .accept("application/json").get("/api/v2/partner-notices").then().statusCode(403);
    }
}
