package uk.police.enforcement.operation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
/** The key flow of an operation's life, rerun against the packaged jar by {@link OperationLifecycleIT}. */
@QuarkusTest
public class OperationLifecycleTest {

    @Test
    void createReadListReplaceAndDelete() {
        Map<String, Object> body = Operations.body();
        String key = UUID.randomUUID().toString();
        Response created = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        created.then().statusCode(201).header("ETag", "\"0\"");
        String location = created.header("Location");
        String id = created.path("id");

        Response retried = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        retried.then().statusCode(201).header("Location", location).body("id", equalTo(id));

        Api.as("reader").get(location).then().statusCode(200).body("reference", equalTo(body.get("reference")));
        Api.as("reader").get("/api/v2/operations?limit=200&active_from=2026-03-01&active_to=2026-03-31").then().statusCode(200);

        body.put("status", "CLOSED");
        Api.as("supervisor").header("If-Match", "\"0\"").body(body).put(location).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("CLOSED"));
        Api.as("reader").get("/api/v2/operations?status=CLOSED&limit=200&active_from=2026-03-01&active_to=2026-03-31")
                .then().statusCode(200).body("items.id", hasItem(id));

        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"1\"").delete(location)
                .then().statusCode(204);
        Api.as("reader").get(location).then().statusCode(404);
    }
}
