package uk.police.enforcement.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.InvalidParameterValue;
/**
 * Converts query, path and header parameters of the contract's types, and on a bad value fails with
 * a 400 that names the parameter (JAX-RS's own rule would answer 404 for an unparseable query
 * parameter, which tells the client nothing). The framework does not pass the parameter's annotations
 * here, so {@link InvalidParameterValue} carries the value and the mapper finds whose it was.
 */
@Provider
public class ContractParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, "must be a date (YYYY-MM-DD)");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(OffsetDateTime::parse,
                    "must be an RFC 3339 date-time with an offset, e.g. 2026-03-02T06:00:00Z");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(ContractParamConverters::uuid, "must be a UUID");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(Integer::valueOf, "must be a whole number");
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(ContractParamConverters::bool, "must be true or false");
        }
        if (rawType.isEnum()) {
            Object[] constants = rawType.getEnumConstants();
            String allowed = FieldViolation.oneOf(Arrays.asList(constants));
            return (ParamConverter<T>) converter(value -> Arrays.stream(constants)
                    .filter(c -> String.valueOf(c).equals(value)).findFirst()
                    .orElseThrow(IllegalArgumentException::new), allowed);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw new InvalidParameterValue(value, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(value);
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }
}
