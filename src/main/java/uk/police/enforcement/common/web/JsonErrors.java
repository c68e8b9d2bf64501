package uk.police.enforcement.common.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import uk.police.enforcement.common.problem.FieldViolation;
/** Explains why a JSON body could not be read, naming the field, without leaking Java types. */
final class JsonErrors {

    /** An explicit null: the contract's request bodies declare no property nullable (only patches, read as trees). */
    static final String NOT_NULL = "must not be null";

    private JsonErrors() {
    }

    static FieldViolation describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldViolation(path(unknown), "is not a property of this request");
        }
        if (e instanceof InvalidNullException refusedNull && !refusedNull.getPath().isEmpty()) {
            return new FieldViolation(path(refusedNull), NOT_NULL);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            if (target == null && e instanceof ValueInstantiationException vi && vi.getType() != null) {
                target = vi.getType().getRawClass();
            }
            return new FieldViolation(path(mapping), expected(target));
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new FieldViolation("body", "is not valid JSON" + where);
    }

    /** Why the value of {@code field}, read on its own, could not be read as its type. */
    static FieldViolation describeValue(String field, JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            String inner = mapping.getPath().isEmpty() ? "" : path(mapping);
            String named = inner.isEmpty() ? field : field + (inner.startsWith("[") ? "" : ".") + inner;
            if (e instanceof InvalidNullException) {
                return new FieldViolation(named, NOT_NULL);
            }
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            if (target == null && e instanceof ValueInstantiationException vi && vi.getType() != null) {
                target = vi.getType().getRawClass();
            }
            return new FieldViolation(named, expected(target));
        }
        return new FieldViolation(field, "has a value of the wrong type");
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target.isEnum()) {
            return FieldViolation.oneOf(Arrays.asList(target.getEnumConstants()));
        }
        if (target == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (target == OffsetDateTime.class) {
            return "must be an RFC 3339 date-time with an offset, e.g. 2026-03-02T06:00:00Z";
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        if (target == String.class) {
            return "must be a string without control characters (tab and line breaks are allowed)";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }
}
