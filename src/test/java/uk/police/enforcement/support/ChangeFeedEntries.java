package uk.police.enforcement.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
/** What the change feed says of one record, read as a reader reads it: through the contract validator. */
public final class ChangeFeedEntries {

    private ChangeFeedEntries() {
    }

    /** The change feed's types of entries about {@code id}, read from its start. */
    public static List<String> typesOf(String id) {
        List<String> types = new ArrayList<>();
        String cursor = null;
        while (true) {
            var request = RestAssured.given().filter(Contract.requestsAndResponses())
                    .auth().oauth2(TestTokens.forRoles("reader")).accept("application/json").queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v2/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                JsonNode data = new ObjectMapper().valueToTree(item.get("data"));
                if (id.equals(data.path("id").asText())) {
                    types.add((String) item.get("type"));
                }
            }
            cursor = page.getString("cursor");
            if (items.isEmpty()) {
                return types;
            }
        }
    }
}
