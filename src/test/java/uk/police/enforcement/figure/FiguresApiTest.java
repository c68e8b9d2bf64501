package uk.police.enforcement.figure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.support.Api;
/** GET /api/v2/figures lists the catalogue, so that a definition can be cited beside its number. */
@QuarkusTest
class FiguresApiTest {

    @Test
    void theCatalogueIsListedWithEachDefinition() {
        Api.as("partner").get("/api/v2/figures").then().statusCode(200)
                .body("items", hasSize(FigureCatalogue.ALL.size()))
                .body("items[0].name", equalTo("warrants_executed"))
                .body("items.find { it.name == 'positive_warrants' }.definition",
                        equalTo(FigureCatalogue.get("positive_warrants").definition()))
                .body("items.find { it.name == 'people_arrested' }.since", equalTo("2.5.0"))
                .body("items.find { it.name == 'persons_arrested' }.replaced_by", equalTo("arrests"))
                .body("items.find { it.name == 'devices_seized' }.unit", equalTo("devices"));
    }
}
