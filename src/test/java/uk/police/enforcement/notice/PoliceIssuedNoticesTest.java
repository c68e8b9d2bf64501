package uk.police.enforcement.notice;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestTokens;
/**
 * A Child Abduction Warning Notice is the police's own: no partner agency, and the legislation of its own context
 * (Child Abduction Act 1984 s.2, Children Act 1989 s.49), not the Computer Misuse Act. Each notice type cites its
 * configured legislation; a partner's label ("section 4") is accepted and the section stored.
 */
@QuarkusTest
class PoliceIssuedNoticesTest {

    private static Map<String, Object> cawn() {
        Map<String, Object> body = Notices.notice(null);
        body.remove("partner_agency_id");
        body.put("notice_type", "CHILD_ABDUCTION_WARNING_NOTICE");
        body.put("legislation", "CAA_1984_S2");
        return body;
    }

    @Test
    void aChildAbductionWarningNoticeIsIssuedByThePoliceAlone() {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> body = cawn();
        body.put("operation_id", operation);
        body.put("issued_on", "1995-06-05");
        String id = Notices.createNotice(body);
        Api.as("reader").get("/api/v2/partner-notices/" + id).then().statusCode(200)
                .body("partner_agency_id", nullValue()).body("legislation", equalTo("CAA_1984_S2"));
        Notices.transition(id, "ISSUED").then().statusCode(200);
        Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .body("figures.notices_issued", equalTo(1))
                .body("figures.notices_by_type.find { it.notice_type == 'CHILD_ABDUCTION_WARNING_NOTICE' }.count",
                        equalTo(1))
                .body("figures.notices_by_agency.size()", equalTo(0))
                .body("headline", equalTo("1 Child Abduction Warning Notice issued by the police."));
        // A partner sees only its own agency's notices: not one the police issued alone.
        String agency = Notices.createAgency();
        String code = Api.as("reader").get("/api/v2/partner-agencies/" + agency).then().extract().path("code");
        Api.withToken(TestTokens.partner(code)).get("/api/v2/partner-notices/" + id).then().statusCode(404);
        Api.withToken(TestTokens.partner(code)).get("/api/v2/partner-notices?operation_id=" + operation).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void everyOtherTypeNeedsItsPartnerAgencyAndEachTypeCitesItsOwnLegislation() {
        Map<String, Object> ceaseAndDesist = Notices.notice(null);
        ceaseAndDesist.remove("partner_agency_id");
        Api.badRequestAs("recorder").body(ceaseAndDesist).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("partner_agency_id"));
        Map<String, Object> misuse = cawn();
        misuse.put("legislation", "CMA_1990_S1");
        Api.badRequestAs("recorder").body(misuse).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("legislation"))
                .body("errors[0].message", containsString("CAA_1984_S2, CA_1989_S49, OTHER"));
        Map<String, Object> abduction = Notices.notice(Notices.createAgency());
        abduction.put("legislation", "CA_1989_S49");
        Api.badRequestAs("recorder").body(abduction).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("legislation"));
    }

    @Test
    void aPartnersLabelIsAcceptedAndTheSectionStored() {
        Map<String, Object> body = Notices.notice(Notices.createAgency());
        body.remove("legislation");
        body.put("legislation_label", "Section  4");
        String id = Notices.createNotice(body);
        String path = "/api/v2/partner-notices/" + id;
        Api.as("reader").get(path).then().body("legislation", equalTo("CMA_1990_S3ZA"))
                .body("legislation_label", nullValue());
        // In a patch, a label stands for the legislation it names.
        Api.as("recorder").contentType("application/merge-patch+json")
                .header("If-Match", Api.as("reader").get(path).header("ETag"))
                .body(Map.of("legislation_label", "section 5")).patch(path).then().statusCode(200)
                .body("legislation", equalTo("CMA_1990_S3A"));

        body.put("legislation_label", "section 9");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("legislation_label"))
                .body("errors[0].message", containsString("\"section 4\", \"section 5\""));
        body.put("legislation_label", "section 4");
        body.put("legislation", "CMA_1990_S1");
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("legislation"));
        Map<String, Object> labelledCawn = cawn();
        labelledCawn.remove("legislation");
        labelledCawn.put("legislation_label", "section 4");
        Api.badRequestAs("recorder").body(labelledCawn).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", contains("legislation_label"));
    }
}
