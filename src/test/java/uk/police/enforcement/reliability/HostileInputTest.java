package uk.police.enforcement.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
/**
 * Walks every operation in openapi/openapi.yaml and sends it generated bad input: wrong types, missing
 * and unknown fields, out-of-range and boundary numbers, over-long strings, invalid UTF-8, deeply
 * nested JSON, huge arrays, SQL and script fragments, bad ids, dates, query parameters and headers.
 * No answer may be a 5xx; every rejection must be a problem+json the contract describes; rejected
 * requests must leave the database unchanged. New operations are covered as the contract grows.
 */
@QuarkusTest
class HostileInputTest {

    private static final int MINIMUM_REQUESTS = 5_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_STRINGS = List.of("' OR '1'='1' --", "'; drop table operation; --",
            "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\u0000", "\uD800",
            "null", "-1", "9".repeat(40), "\u202Eevil", "ʕ•ᴥ•ʔ", " ");
    private static final List<String> HOSTILE_PARAMS = List.of("", "%27%20OR%201%3D1", "%3Cscript%3E", "-1",
            "99999999999999999999", "1.5", "true", "2026-02-30", "2026-13-01", "not-a-date", "%00",
            "%F0%28%8C%28", "a".repeat(600), "00000000-0000-0000-0000-00000000000g", "..%2F..%2F");

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261128L);

    @Inject
    DataSource dataSource;

    private JsonNode spec;
    private int sent;
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void everyOperationSurvivesHostileInput() throws Exception {
        spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(Contract.SPEC)));
        Map<String, Long> before = rowCounts();
        int rounds = 0;
        while (sent < MINIMUM_REQUESTS) {
            Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
                while (operations.hasNext()) {
                    Map.Entry<String, JsonNode> operation = operations.next();
                    if (!operation.getKey().matches("get|put|post|delete|patch")) {
                        continue;
                    }
                    attack(path.getKey(), operation.getKey(), operation.getValue(), path.getValue());
                }
            }
            rounds++;
        }
        assertEquals(before, rowCounts(), "rejected requests changed the database");
        System.out.printf("HostileInputTest: %d requests in %d rounds, statuses %s%n", sent, rounds, statuses);
        assertTrue(statuses.keySet().stream().noneMatch(s -> s >= 500), "5xx answers: " + statuses);
    }

    private void attack(String template, String method, JsonNode operation, JsonNode pathItem) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        JsonNode content = operation.path("requestBody").path("content");
        mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : "application/json";
        JsonNode bodySchema = resolve(content.path(mediaType).path("schema"));

        // Bad ids in the path, bad query parameters, bad headers: each with an otherwise empty request.
        for (String bad : List.of("not-a-uuid", "1", "%27", UUID.randomUUID().toString().toUpperCase() + "0")) {
            send(method, fill(template, bad), null, Map.of("If-Match", "\"0\""));
        }
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            for (String bad : pick(HOSTILE_PARAMS, 4)) {
                if (in.equals("query")) {
                    send(method, fill(template, UUID.randomUUID().toString()) + "?" + name + "=" + bad, null,
                            Map.of("If-Match", "\"0\""));
                } else if (in.equals("header")) {
                    String value = URLDecoder.decode(bad.replace("%F0%28%8C%28", "x"), StandardCharsets.UTF_8)
                            .replace("\u0000", "");
                    send(method, fill(template, UUID.randomUUID().toString()), null,
                            Map.of(name, value.isEmpty() ? "\"\"" : value.replaceAll("[\\r\\n]", "")));
                }
            }
        }
        if (bodySchema.isMissingNode()) {
            return;
        }
        String url = fill(template, UUID.randomUUID().toString());
        Map<String, String> headers = Map.of("If-Match", "\"0\"", "Idempotency-Key", UUID.randomUUID().toString());
        for (byte[] body : rawBodies()) {
            send(method, url, body, headers);
        }
        for (JsonNode body : invalidBodies(bodySchema)) {
            send(method, url, withFreshUniqueFields(body).toString().getBytes(StandardCharsets.UTF_8), headers);
        }
    }

    /**
     * A fresh value for the fields that must be unique (an operation's reference, an agency's code), where the
     * body has a valid one: otherwise every body after the first would be a 409 for the duplicate, and the
     * one broken field it carries would never be read.
     */
    private JsonNode withFreshUniqueFields(JsonNode body) {
        if (body instanceof ObjectNode object) {
            for (String field : List.of("reference", "code")) {
                if (object.path(field).isTextual() && object.get(field).asText().matches("^[A-Z0-9][A-Z0-9/_-]{2,19}$")) {
                    object.put(field, "H" + Integer.toHexString(random.nextInt(1 << 28)).toUpperCase() + "X");
                }
            }
        }
        return body;
    }

    /** Bodies that are not JSON objects at all. */
    private List<byte[]> rawBodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":}", "{}{}", "{\"a\":1,}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' });
        bodies.add(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xFD });
        return bodies;
    }

    /** Each body breaks the schema in one way, so the service must refuse every one. */
    private List<JsonNode> invalidBodies(JsonNode schema) {
        ObjectNode valid = validObject(schema);
        List<JsonNode> bodies = new ArrayList<>();
        ObjectNode extra = valid.deepCopy();
        extra.put("id", UUID.randomUUID().toString());
        bodies.add(extra);
        ObjectNode unknown = valid.deepCopy();
        unknown.put("zz_" + random.nextInt(1000), "x");
        bodies.add(unknown);
        schema.path("required").forEach(required -> {
            ObjectNode missing = valid.deepCopy();
            missing.remove(required.asText());
            bodies.add(missing);
            ObjectNode nulled = valid.deepCopy();
            nulled.putNull(required.asText());
            bodies.add(nulled);
        });
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = resolve(property.getValue());
            for (JsonNode bad : invalidValues(propertySchema)) {
                ObjectNode body = valid.deepCopy();
                body.set(property.getKey(), bad);
                bodies.add(body);
            }
        });
        return bodies;
    }

    private List<JsonNode> invalidValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        String type = schema.path("type").asText("object");
        values.add(JSON.objectNode().set("nested", nested(200)));
        // Shapes a lenient reader takes for "absent" or coerces: never so here (a 400 naming the field). An empty
        // array is a valid array unless the schema asks for items (a crime linked to no action yet).
        if (!type.equals("array") || schema.path("minItems").asInt(0) > 0) {
            values.add(JSON.arrayNode());
        }
        if (!type.equals("object")) {
            values.add(JSON.objectNode());
        }
        switch (type) {
            case "string" -> {
                values.add(JSON.numberNode(12345));
                values.add(JSON.booleanNode(true));
                values.add(JSON.arrayNode().add("x"));
                if (schema.path("format").asText().startsWith("date")) {
                    // Jackson's java.time readers take [2026,3,8] (and [2026,3,8,6,0]) as a date unless told not to.
                    values.add(JSON.arrayNode().add(2026).add(3).add(8));
                    values.add(JSON.arrayNode().add(2026).add(3).add(8).add(6).add(0));
                }
                if (schema.has("maxLength")) {
                    values.add(JSON.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.path("minLength").asInt(0) > 0) {
                    values.add(JSON.textNode(""));
                }
                if (schema.has("pattern") || schema.has("enum") || schema.has("format")) {
                    pick(HOSTILE_STRINGS, 3).forEach(s -> values.add(JSON.textNode(s + "\u0001")));
                }
            }
            case "integer", "number" -> {
                values.add(JSON.textNode("12"));
                values.add(JSON.numberNode(1.5));
                values.add(JSON.numberNode(new BigInteger("99999999999999999999999")));
                if (schema.has("minimum")) {
                    values.add(JSON.numberNode(schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    values.add(JSON.numberNode(schema.get("maximum").asLong() + 1));
                }
            }
            case "boolean" -> {
                values.add(JSON.textNode("yes"));
                values.add(JSON.numberNode(1));
            }
            case "array" -> {
                values.add(JSON.textNode("not an array"));
                ArrayNode huge = JSON.arrayNode();
                int max = schema.path("maxItems").asInt(1000);
                for (int i = 0; i <= max; i++) {
                    huge.add("x");
                }
                values.add(huge);
            }
            default -> values.add(JSON.textNode("not an object"));
        }
        return values;
    }

    private ObjectNode validObject(JsonNode schema) {
        ObjectNode example = schema.has("example") && schema.get("example").isObject()
                ? (ObjectNode) schema.get("example").deepCopy() : JSON.objectNode();
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!example.has(property.getKey())) {
                JsonNode sample = resolve(property.getValue()).path("example");
                if (!sample.isMissingNode()) {
                    example.set(property.getKey(), sample);
                }
            }
        });
        return example;
    }

    private static JsonNode nested(int depth) {
        JsonNode node = JSON.textNode("deep");
        for (int i = 0; i < depth; i++) {
            node = JSON.arrayNode().add(node);
        }
        return node;
    }

    /** The media type the operation under attack takes: application/json, or merge-patch+json for a PATCH. */
    private String mediaType = "application/json";

    private void send(String method, String url, byte[] body, Map<String, String> headers) {
        RequestSpecification request = given().filter(Contract.responsesOnly())
                .auth().oauth2(TestTokens.forRoles("reader", "recorder", "supervisor", "auditor"))
                .urlEncodingEnabled(false)
                .contentType(mediaType).accept("application/json");
        headers.forEach(request::header);
        if (body != null) {
            request.body(body);
        }
        Response response = request.request(method.toUpperCase(), url);
        sent++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"),
                    method + " " + url + " answered " + status + " with " + response.contentType());
            assertEquals(status, response.jsonPath().getInt("status"), method + " " + url);
        }
        assertTrue(status < 500, method + " " + url + " with " + (body == null ? "no body"
                : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)) + " answered " + status
                + ": " + response.asString());
    }

    private String fill(String template, String value) {
        return template.replaceAll("\\{[^}]+}", value);
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = spec;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /**
     * Rows of every table except the logs that every request writes to, and the daily figures. The
     * totals and their deltas are counted as the figures they add up to: the service folds deltas into
     * totals in the background, which moves rows between the two without changing a figure.
     */
    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and not (select relispartition from pg_class where oid = ('public.' || tablename)::regclass) "
                    + "and tablename not in ('audit_event', 'audit_quote', 'idempotency_key', 'flyway_schema_history', "
                    + "'action_daily_totals', 'action_daily_total_deltas') order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("select coalesce(sum(actions_recorded), 0), coalesce(sum(devices_seized), 0),"
                    + " coalesce(sum(persons_charged_unreferenced), 0) from (select * from action_daily_totals"
                    + " union all select * from action_daily_total_deltas) t")) {
                rs.next();
                counts.put("figures: actions", rs.getLong(1));
                counts.put("figures: devices seized", rs.getLong(2));
                counts.put("figures: persons charged", rs.getLong(3));
            }
        }
        return counts;
    }
}
