package uk.police.enforcement.common.web;

import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
/**
 * Strict input, for every JSON body the contract takes (its own example as the otherwise valid body): a
 * typed field (uuid, date, date-time, enum) sent empty or blank, any field sent as an explicit {@code null}
 * (the contract declares nothing nullable but merge patches), and any free-text field holding a control
 * character is a 400 naming that field: never read as "absent", never stored.
 */
@QuarkusTest
class StrictRequestBodiesTest {

    private static final String[] EVERY_ROLE = { "reader", "recorder", "supervisor", "auditor" };

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode spec;

    /** One bad value of one field of one operation's example body, and the field the answer must name. */
    private record Mutation(String method, String path, ObjectNode body, String field, String why) {
    }

    @Test
    void emptyBlankNullAndControlCharacterValuesAreRefusedNamingTheField() throws Exception {
        spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(Contract.SPEC)));
        List<Mutation> mutations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put")) {
                JsonNode content = path.getValue().path(method).path("requestBody").path("content").path("application/json");
                JsonNode example = example(content);
                if (example instanceof ObjectNode body) {
                    String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    mutate(method, url, body, body, resolve(content.path("schema")), "", mutations);
                }
            }
        }
        // Operations, actions (one and batch), agencies, notices, transitions, decisions, webhooks...
        org.junit.jupiter.api.Assertions.assertTrue(mutations.size() > 150, "found " + mutations.size() + " mutations");
        for (Mutation m : mutations) {
            Api.badRequestAs(EVERY_ROLE).header("If-Match", "\"0\"").body(json.writeValueAsString(m.body()))
                    .request(m.method(), m.path()).then().statusCode(400)
                    .body("errors.field", hasItem(m.field()));
        }
    }

    /** Adds a mutation of {@code root} for each property of {@code schema} (the object at {@code prefix}). */
    private void mutate(String method, String url, ObjectNode root, ObjectNode object, JsonNode schema, String prefix,
            List<Mutation> out) {
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode type = resolve(property.getValue());
            String field = prefix + name;
            out.add(new Mutation(method, url, with(root, object, name, null), field, "null"));
            boolean typed = type.has("enum") || type.path("format").asText().matches("uuid|date|date-time");
            if (typed) {
                out.add(new Mutation(method, url, with(root, object, name, ""), field, "empty"));
                out.add(new Mutation(method, url, with(root, object, name, "  "), field, "blank"));
            } else if (type.path("type").asText().equals("string")) {
                out.add(new Mutation(method, url, with(root, object, name, "before\u0007after"), field, "BEL"));
                out.add(new Mutation(method, url, with(root, object, name, "\u001b[31mred"), field, "ESC"));
            } else if (type.path("type").asText().equals("array") && object.get(name) instanceof ArrayNode items
                    && !items.isEmpty() && items.get(0) instanceof ObjectNode first) {
                mutate(method, url, root, first, resolve(type.path("items")), field + "[0].", out);
            }
        }
    }

    /** A copy of {@code root} in which {@code object}'s {@code name} is {@code value} (null: JSON null). */
    private ObjectNode with(ObjectNode root, ObjectNode object, String name, String value) {
        String original = object.has(name) ? object.get(name).toString() : null;
        if (value == null) {
            object.putNull(name);
        } else {
            object.put(name, value);
        }
        ObjectNode copy = root.deepCopy();
        if (original == null) {
            object.remove(name);
        } else {
            try {
                object.set(name, json.readTree(original));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return copy;
    }

    private static JsonNode example(JsonNode content) {
        if (content.has("example")) {
            return content.get("example").deepCopy();
        }
        Iterator<JsonNode> examples = content.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value").deepCopy() : null;
    }

    /** The schema itself: a $ref followed, or the single schema of an allOf (how the contract decorates a ref). */
    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            JsonNode target = spec;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            return resolve(target);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }
}
