package uk.police.enforcement.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
/**
 * Names a bean-validation failure the way the client sent it: the query parameter or header name
 * for a parameter, and the snake_case JSON path for a body property (e.g. {@code exhibit_references[2]}).
 */
final class FieldNames {

    private FieldNames() {
    }

    static String of(ConstraintViolation<?> violation, SimpleResourceInfo resource) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                String wireName = ApiMethods.wireName(resource, node.as(Path.ParameterNode.class).getParameterIndex());
                if (wireName != null) {
                    return wireName;
                }
                continue; // the request body: name what lies inside it
            }
            // A node inside a list or map carries its position: items[3].devices_seized, exhibit_references[2].
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    name.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(snakeCase(node.getName()));
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
