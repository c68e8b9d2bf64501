package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
/**
 * Every 4xx an operation documents shows an example that fits it: its status is the response's, and
 * the record it names is the operation's own resource (or the record that resource lies under), never
 * an operation's example on a notice.
 */
class ProblemExamplesTest {

    @Test
    void everyProblemExampleFitsItsOperation() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        List<String> misfits = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> resources = resourcesOf(path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().has("responses")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> responses = op.getValue().get("responses").fields();
                        responses.hasNext();) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (!response.getKey().startsWith("4")) {
                        continue;
                    }
                    JsonNode example = resolve(contract, response.getValue()).path("content")
                            .path("application/problem+json").path("example");
                    String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey();
                    assertTrue(example.isObject(), where + " has no problem example");
                    assertEquals(Integer.parseInt(response.getKey()), example.get("status").asInt(), where);
                    checked++;
                    if (example.has("instance")) {
                        String instance = example.get("instance").asText();
                        if (!resources.contains(resourceSegment(instance, 3))
                                && !resources.contains(lastSegment(instance))) {
                            misfits.add(where + " shows an example of " + instance);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " problem responses found");
        assertEquals(List.of(), misfits);
    }

    /** The collection a path serves and, for a nested path, the one it lies under. */
    private static Set<String> resourcesOf(String path) {
        return new HashSet<>(List.of(resourceSegment(path, 3), lastLiteralSegment(path)));
    }

    private static String resourceSegment(String path, int index) {
        String[] segments = path.split("/");
        return segments.length > index ? stripCsv(segments[index]) : "";
    }

    private static String lastSegment(String path) {
        return stripCsv(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String lastLiteralSegment(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{")) {
                return stripCsv(segments[i]);
            }
        }
        return "";
    }

    private static String stripCsv(String segment) {
        return segment.endsWith(".csv") ? segment.substring(0, segment.length() - 4) : segment;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        if (node.has("$ref")) {
            JsonNode target = contract;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            return target;
        }
        return node;
    }
}
