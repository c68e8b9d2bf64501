package uk.police.enforcement.agency;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.support.Api;
@QuarkusTest
class PartnerAgenciesApiTest {

    @Test
    void registerReadReplaceAndDelete() {
        Map<String, Object> body = Notices.agency(Notices.uniqueCode());
        Response created = Api.as("recorder").body(body).post("/api/v2/partner-agencies");
        created.then().statusCode(201).header("ETag", "\"0\"").body("active", equalTo(true))
                .body("code", equalTo(body.get("code")));
        String url = created.header("Location");
        Api.as("reader").get(url).then().statusCode(200).body("agency_type", equalTo("ROCU"));
        body.put("active", false);
        body.put("name", "NWROCU (renamed)");
        Api.as("recorder").header("If-Match", "\"0\"").body(body).put(url).then().statusCode(200)
                .header("ETag", "\"1\"").body("active", equalTo(false));
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"1\"").delete(url).then()
                .statusCode(204);
        Api.as("reader").get(url).then().statusCode(404);
    }

    @Test
    void duplicateCodeIs409() {
        Map<String, Object> body = Notices.agency(Notices.uniqueCode());
        Api.as("recorder").body(body).post("/api/v2/partner-agencies").then().statusCode(201);
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-agencies").then().statusCode(409)
                .body("errors.field", contains("code"));
        body.put("code", "lower");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-agencies").then().statusCode(400)
                .body("errors.field", contains("code"));
    }

    @Test
    void anAgencyThatNoticesNameCannotBeDeletedButCanBeDeactivated() {
        String agency = Notices.createAgency();
        Notices.createNotice(Notices.notice(agency));
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/partner-agencies/" + agency).then().statusCode(409)
                .body("detail", containsString("still referred to by partner notice records"))
                .body("detail", containsString("Deactivate the agency instead"));
    }

    @Test
    void listFiltersAndPagesByCode() {
        String prefix = "ZL" + Notices.uniqueCode().substring(2, 8);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = Notices.agency(prefix + i);
            body.put("agency_type", i % 2 == 0 ? "CHARITY" : "NCA");
            body.put("active", i != 4);
            Api.as("recorder").body(body).post("/api/v2/partner-agencies").then().statusCode(201);
        }
        Api.as("reader").get("/api/v2/partner-agencies?limit=200&agency_type=CHARITY&active=true").then().statusCode(200)
                .body("items.agency_type", everyItem(equalTo("CHARITY"))).body("items.active", everyItem(equalTo(true)))
                .body("items.code", hasItem(prefix + "0")).body("items.code", not(hasItem(prefix + "4")));
        Response first = Api.as("reader").get("/api/v2/partner-agencies?limit=1&agency_type=NCA");
        String cursor = first.path("next_cursor");
        Api.as("reader").get("/api/v2/partner-agencies?limit=1&agency_type=NCA&cursor=" + cursor).then()
                .body("items[0].code", greaterThan((String) first.path("items[0].code")));
        Api.badRequestAs("reader").get("/api/v2/partner-agencies?active=maybe").then().statusCode(400)
                .body("errors.field", contains("active"));
    }
}
