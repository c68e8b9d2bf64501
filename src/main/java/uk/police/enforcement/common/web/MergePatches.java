package uk.police.enforcement.common.web;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
/**
 * PATCH with an RFC 7396 JSON merge patch: the patch is applied to the client-owned fields of the record
 * as it is now, and the result is read and checked exactly as a replace's body is ({@link RequestBodies}:
 * every problem at once), so a patch can produce nothing that a PUT could not. The service's replace then applies it
 * under If-Match.
 */
@ApplicationScoped
public class MergePatches {

    private final ObjectMapper mapper;
    private final RequestBodies bodies;

    public MergePatches(ObjectMapper mapper, RequestBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    /**
     * The replace body that {@code patch} makes of {@code current} (the record's API representation):
     * 400 naming each field that is unknown, of the wrong type or invalid.
     */
    public <I> I apply(Object current, ObjectNode patch, Class<I> inputType) {
        ObjectNode target = mapper.valueToTree(current);
        target.retain(clientOwnedFields(inputType));
        merge(target, patch);
        return bodies.read(target, inputType);
    }

    /** RFC 7396 section 2: null removes a member, an object merges into an object, anything else replaces. */
    static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                merge(existing, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    /** The JSON names of the fields a client may set: those of the replace body. */
    private Set<String> clientOwnedFields(Class<?> inputType) {
        Set<String> names = new HashSet<>();
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig()
                .introspect(mapper.constructType(inputType)).findProperties()) {
            names.add(property.getName());
        }
        return names;
    }
}
