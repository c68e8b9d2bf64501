package uk.police.enforcement.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestTokens;
/**
 * Other systems find records by the references they hold: the records system's occurrence number, a
 * pseudonymous subject reference, an exhibit reference, an agency's code. Each is an exact match.
 */
@QuarkusTest
class ReferenceLookupsTest {

    @Inject
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    @Test
    void actionsAreFoundByTheirRecordsSystemSubjectAndExhibitReferences() {
        String rms = unique("CU-");
        String subject = unique("SUBJ-");
        String exhibit = unique("EX/");
        Map<String, Object> warrant = Actions.warrant("POSITIVE", 2, 0, 0);
        warrant.put("rms_reference", rms);
        warrant.put("subject_reference", subject);
        String byWarrant = Actions.create(warrant);
        Map<String, Object> seizure = Actions.seizure(3, List.of(exhibit + "/1", exhibit + "/2", exhibit + "/20"));
        seizure.put("rms_reference", rms);
        String bySeizure = Actions.create(seizure);
        Actions.create(Actions.seizure(1, List.of(exhibit + "/3")));

        Api.as("reader").queryParam("rms_reference", rms).get("/api/v2/enforcement-actions").then().statusCode(200)
                .body("items.id", containsInAnyOrder(byWarrant, bySeizure));
        Api.as("reader").queryParam("subject_reference", subject).get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items.id", contains(byWarrant));
        Api.as("reader").queryParam("exhibit_reference", exhibit + "/2").get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items.id", contains(bySeizure));
        // Exact matches: a prefix or a longer reference finds nothing.
        Api.as("reader").queryParam("rms_reference", rms.substring(0, rms.length() - 1)).get("/api/v2/enforcement-actions")
                .then().statusCode(200).body("items", empty());
        Api.as("reader").queryParam("exhibit_reference", exhibit).get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items", empty());
        // A corrected exhibit list is looked up as corrected.
        String etag = Api.as("reader").get("/api/v2/enforcement-actions/" + bySeizure).header("ETag");
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("exhibit_references", List.of(exhibit + "/1", exhibit + "/5", exhibit + "/20")))
                .patch("/api/v2/enforcement-actions/" + bySeizure).then().statusCode(200);
        Api.as("reader").queryParam("exhibit_reference", exhibit + "/2").get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items", empty());
        Api.as("reader").queryParam("exhibit_reference", exhibit + "/5").get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items.id", contains(bySeizure));
        // Lookups combine with the other filters.
        Api.as("reader").queryParam("rms_reference", rms).queryParam("action_type", "DEVICE_SEIZURE")
                .get("/api/v2/enforcement-actions").then().statusCode(200).body("items.id", contains(bySeizure));
    }

    /**
     * The exhibit index (action_exhibit) is written by the actions' own statements alone and has no foreign key
     * (V38): a deleted action's exhibits go with it, and no exhibit row ever names an action that is not there.
     */
    @Test
    void noExhibitRowOutlivesItsAction() throws Exception {
        String exhibit = unique("EX/");
        String kept = Actions.create(Actions.seizure(1, List.of(exhibit + "/1")));
        String deleted = Actions.create(Actions.seizure(2, List.of(exhibit + "/1", exhibit + "/2")));
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/enforcement-actions/" + deleted)
                .then().statusCode(204);
        Api.as("reader").queryParam("exhibit_reference", exhibit + "/1").get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items.id", contains(kept));
        Api.as("reader").queryParam("exhibit_reference", exhibit + "/2").get("/api/v2/enforcement-actions").then()
                .statusCode(200).body("items", empty());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet orphans = statement.executeQuery("""
                        select count(*) from action_exhibit e
                         where not exists (select 1 from enforcement_action a where a.id = e.action_id)""")) {
            orphans.next();
            assertEquals(0, orphans.getLong(1), "exhibit rows naming no action");
        }
    }

    @Test
    void noticesAreFoundByAgencyCodeAndSubjectReference() {
        String code = Notices.uniqueCode();
        String agency = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then()
                .statusCode(201).extract().path("id");
        String other = Notices.createAgency();
        Map<String, Object> body = Notices.notice(agency);
        String subject = unique("SUBJ-");
        body.put("subject_reference", subject);
        String notice = Notices.createNotice(body);
        String second = Notices.createNotice(Notices.notice(agency));
        Notices.createNotice(Notices.notice(other));

        Api.as("reader").queryParam("agency_code", code).get("/api/v2/partner-notices").then().statusCode(200)
                .body("items.id", containsInAnyOrder(notice, second));
        Api.as("reader").queryParam("subject_reference", subject).get("/api/v2/partner-notices").then().statusCode(200)
                .body("items.id", contains(notice));
        Api.as("reader").queryParam("agency_code", code.substring(0, code.length() - 1)).get("/api/v2/partner-notices")
                .then().statusCode(200).body("items", empty());
        // A partner asking for another agency's notices by its code gets none of them.
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.partner(code)).queryParam("agency_code", "NCA")
                .get("/api/v2/partner-notices").then().statusCode(200).body("items", empty());
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.partner(code)).queryParam("agency_code", code)
                .get("/api/v2/partner-notices").then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void aMalformedReferenceIsNamed() {
        Api.badRequestAs("reader").queryParam("rms_reference", "lower case").get("/api/v2/enforcement-actions").then()
                .statusCode(400).body("errors[0].field", equalTo("rms_reference"));
        Api.badRequestAs("reader").queryParam("agency_code", "x").get("/api/v2/partner-notices").then()
                .statusCode(400).body("errors[0].field", equalTo("agency_code"));
    }
}
