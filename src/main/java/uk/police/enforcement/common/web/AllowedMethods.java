package uk.police.enforcement.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
/**
 * The methods each path allows, read from the served contract, for the Allow header that RFC 9110
 * requires on every 405 (the framework's own 405 carries none).
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options", "trace");

    private final List<Map.Entry<Pattern, String>> paths = new ArrayList<>();

    public AllowedMethods() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/openapi.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Iterator<Map.Entry<String, JsonNode>> entries = root.path("paths").fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                Set<String> methods = new TreeSet<>();
                entry.getValue().fieldNames().forEachRemaining(m -> {
                    if (HTTP_METHODS.contains(m)) {
                        methods.add(m.toUpperCase());
                    }
                });
                String regex = "^" + entry.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$";
                paths.add(Map.entry(Pattern.compile(regex), String.join(", ", methods)));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The served contract META-INF/openapi.yaml cannot be read", e);
        }
    }

    /** The Allow header value for a request path; empty when the contract has no such path. */
    public String at(String path) {
        for (Map.Entry<Pattern, String> entry : paths) {
            if (path != null && entry.getKey().matcher(path).matches()) {
                return entry.getValue();
            }
        }
        return "";
    }
}
