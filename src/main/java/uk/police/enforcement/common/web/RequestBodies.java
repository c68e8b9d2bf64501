package uk.police.enforcement.common.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * Reads a JSON request body into its contract type and reports every problem with it in one 400: values
 * of the wrong type or shape and unknown fields (each field read on its own, so that one bad value does
 * not hide the next), then the schema's constraints (Bean Validation) and the type's {@link BodyRules}
 * on what could be read. A field reported once is not reported again as missing or breaking a rule.
 */
@ApplicationScoped
public class RequestBodies {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final Map<Class<?>, BodyRules<?>> rules = new HashMap<>();
    /** The JSON properties of each contract type, by name: introspected once, not on every bad body. */
    private final Map<JavaType, Map<String, BeanPropertyDefinition>> propertiesOf = new ConcurrentHashMap<>();

    public RequestBodies(ObjectMapper mapper, Validator validator, Instance<BodyRules<?>> allRules) {
        this.mapper = mapper;
        this.validator = validator;
        allRules.forEach(r -> rules.put(r.bodyType(), r));
    }

    /**
     * The body as {@code type}, or an ApiProblem (400) naming every bad field. {@link CheckedBodies} calls
     * it only for a body that did not bind as it is; {@link MergePatches} for every patched record.
     */
    public <T> T read(JsonNode body, Class<T> type) {
        if (!(body instanceof ObjectNode)) {
            throw ApiProblem.validation(List.of(new FieldViolation("body", "must be a JSON object")));
        }
        JavaType javaType = mapper.constructType(type);
        List<FieldViolation> typeErrors = new ArrayList<>();
        T value;
        try {
            value = mapper.readerFor(javaType).readValue(mapper.treeAsTokens(body));
        } catch (IOException whole) {
            value = readWhatCan(body, javaType, typeErrors, whole);
        }
        List<FieldViolation> errors = new ArrayList<>(typeErrors);
        T read = value;
        validator.validate(read).forEach(v -> add(errors, typeErrors,
                new FieldViolation(FieldNames.of(v, null), v.getMessage())));
        // A rule is not reported about a field the schema already refused, nor as following from one.
        ruleErrors(read, List.copyOf(errors)).forEach(e -> add(errors, List.of(), e));
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(sorted(errors));
        }
        return value;
    }

    /**
     * The rules of {@code body}'s type that it breaks, but those about a field in {@code refused} (the schema's
     * errors) or following from one.
     */
    List<FieldViolation> ruleErrors(Object body, List<FieldViolation> refused) {
        List<FieldViolation> errors = new ArrayList<>();
        ruleErrors(body).forEach(e -> add(errors, refused, e));
        return errors;
    }

    /** The rules of {@code body}'s type that it breaks (none when its type has no rules). */
    List<FieldViolation> ruleErrors(Object body) {
        @SuppressWarnings("unchecked")
        BodyRules<Object> typeRules = body == null ? null : (BodyRules<Object>) rules.get(body.getClass());
        return typeRules == null ? List.of() : typeRules.check(body);
    }

    /**
     * Reads each field on its own, recording why each one that cannot be read is wrong, then the body
     * without them, so that the constraints and rules can still be checked on the rest.
     */
    private <T> T readWhatCan(JsonNode body, JavaType type, List<FieldViolation> typeErrors, IOException whole) {
        ObjectNode readable = body.deepCopy();
        keepReadable(readable, type, "", typeErrors, rules.get(type.getRawClass()));
        try {
            return mapper.readerFor(type).readValue(mapper.treeAsTokens(readable));
        } catch (IOException e) {
            // What is left is a problem of the whole (e.g. a creator), not of one field.
            typeErrors.add(whole instanceof JsonProcessingException p ? JsonErrors.describe(p)
                    : new FieldViolation("body", "could not be read"));
            throw ApiProblem.validation(sorted(typeErrors));
        }
    }

    /**
     * Removes from {@code object} each field that {@code type} cannot read, recording why; descends into
     * objects and lists of objects so that an item's bad field is named with its position.
     */
    private void keepReadable(ObjectNode object, JavaType type, String prefix, List<FieldViolation> errors,
            BodyRules<?> typeRules) {
        Map<String, BeanPropertyDefinition> properties = propertiesOf.computeIfAbsent(type, t -> {
            Map<String, BeanPropertyDefinition> byName = new HashMap<>();
            mapper.getDeserializationConfig().introspect(t).findProperties().stream()
                    .filter(BeanPropertyDefinition::couldDeserialize).forEach(p -> byName.put(p.getName(), p));
            return byName;
        });
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            BeanPropertyDefinition property = properties.get(field.getKey());
            if (property == null) {
                errors.add(new FieldViolation(name, Optional.ofNullable(typeRules)
                        .flatMap(r -> r.instead(field.getKey())).orElse("is not a property of this request")));
                fields.remove();
                continue;
            }
            JavaType propertyType = property.getPrimaryType();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                // Read on its own a null is no value at all; in a body it is refused (StrictJson).
                errors.add(new FieldViolation(name, JsonErrors.NOT_NULL));
                fields.remove();
            } else if (isBean(propertyType) && value instanceof ObjectNode nested) {
                keepReadable(nested, propertyType, name + ".", errors, rules.get(propertyType.getRawClass()));
            } else if (propertyType.isCollectionLikeType() && isBean(propertyType.getContentType())
                    && value instanceof ArrayNode items) {
                JavaType itemType = propertyType.getContentType();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof ObjectNode item) {
                        keepReadable(item, itemType, name + "[" + i + "].", errors, rules.get(itemType.getRawClass()));
                    } else {
                        errors.add(new FieldViolation(name + "[" + i + "]", "must be an object"));
                        items.set(i, mapper.createObjectNode());
                    }
                }
            } else if (!readable(value, propertyType, name, errors)) {
                fields.remove();
            }
        }
    }

    private boolean readable(JsonNode value, JavaType type, String name, List<FieldViolation> errors) {
        try {
            mapper.readerFor(type).readValue(mapper.treeAsTokens(value));
            return true;
        } catch (JsonProcessingException e) {
            errors.add(JsonErrors.describeValue(name, e));
            return false;
        } catch (IOException e) {
            errors.add(new FieldViolation(name, "could not be read"));
            return false;
        }
    }

    /** A type read property by property: one of the contract's models, not a scalar, list or tree. */
    private static boolean isBean(JavaType type) {
        return type.getRawClass().getPackageName().endsWith(".api.model") && !type.isEnumType();
    }

    /**
     * Adds {@code error} unless its field (or a field it lies in), or a field it depends on, is already
     * {@code refused}: the client hears of the field it sent wrong, not of what followed from it.
     */
    private static void add(List<FieldViolation> errors, List<FieldViolation> refused, FieldViolation error) {
        for (FieldViolation earlier : refused) {
            String field = earlier.field();
            if (error.field().equals(field) || error.field().startsWith(field + ".")
                    || error.field().startsWith(field + "[")) {
                return;
            }
            String prefix = error.field().substring(0, error.field().lastIndexOf('.') + 1);
            if (error.dependsOn().stream().anyMatch(other -> field.equals(prefix + other))) {
                return;
            }
        }
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    private static List<FieldViolation> sorted(List<FieldViolation> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldViolation::field)
                .thenComparing(FieldViolation::message)).toList();
    }
}
