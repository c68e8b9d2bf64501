package uk.police.enforcement.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
/**
 * Every operation in the contract against every role, no token and bad tokens. The roles an operation
 * allows are read from its description ("Roles: ..."), so the contract and the service must agree:
 * an allowed role is never refused (401/403), any other role gets 403, and a missing, expired, wrongly
 * signed or foreign token gets 401.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final List<String> ROLES = List.of("reader", "recorder", "supervisor", "auditor", "partner");
    private static final Pattern ROLE = Pattern.compile("`(reader|recorder|supervisor|auditor|partner)`");

    @Test
    void everyOperationAgainstEveryCaller() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(Contract.SPEC)));
        Map<String, String> callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            callers.put(role, role.equals("partner") ? TestTokens.partner("NWROCU") : TestTokens.forRoles(role));
        }
        callers.put("no token", null);
        callers.put("expired", TestTokens.expired("supervisor", "auditor"));
        callers.put("wrongly signed", TestTokens.wronglySigned("supervisor", "auditor"));
        callers.put("wrong issuer", TestTokens.wrongIssuer("supervisor", "auditor"));
        callers.put("wrong audience", TestTokens.wrongAudience("supervisor", "auditor"));

        List<String> failures = new ArrayList<>();
        int checked = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> entry = operations.next();
                if (!entry.getKey().matches("get|put|post|delete|patch")) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                String description = operation.path("description").asText();
                int rolesAt = description.lastIndexOf("Roles:");
                assertTrue(rolesAt >= 0, operation.path("operationId").asText() + " does not name its roles");
                Set<String> allowed = new TreeSet<>();
                Matcher m = ROLE.matcher(description.substring(rolesAt));
                while (m.find()) {
                    allowed.add(m.group(1));
                }
                assertFalse(allowed.isEmpty(), operation.path("operationId").asText());
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    int status = send(entry.getKey(), path.getKey(), operation, caller.getValue());
                    checked++;
                    String who = caller.getKey();
                    boolean role = ROLES.contains(who);
                    int expectedDenial = !role ? 401 : allowed.contains(who) ? 0 : 403;
                    boolean ok = expectedDenial == 0 ? status != 401 && status != 403 : status == expectedDenial;
                    if (!ok) {
                        failures.add(operation.path("operationId").asText() + " as " + who + ": " + status
                                + (expectedDenial == 0 ? " (allowed)" : " (expected " + expectedDenial + ")"));
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked > 200, "checked " + checked);
    }

    private static int send(String method, String template, JsonNode operation, String token) {
        RequestSpecification request = given().filter(Contract.responsesOnly()).contentType("application/json")
                .accept("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        String url = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String query = "day_from=2026-03-01&day_to=2026-03-02&interval=WEEK&by=AREA";
        request.header("If-Match", "\"0\"");
        if (operation.has("requestBody")) {
            // The media type the operation takes (application/json, or merge-patch+json for a PATCH).
            request.contentType(operation.path("requestBody").path("content").fieldNames().next()).body("{}");
        }
        return request.request(method.toUpperCase(), url + "?" + query).statusCode();
    }
}
