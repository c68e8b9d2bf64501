package uk.police.enforcement.common.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
/**
 * Reads request bodies exactly as the contract types them: no silent coercion of 1.5 to 1, of 123 to
 * "123", of "true" to true, of [] or {} to null, of "" to a null UUID, of [2026,3,8] to a date or of a single
 * value to an array; no {@code null} where the contract does not declare a property nullable (only merge
 * patches do, and they are read as trees); no control characters in strings; no duplicate keys, nothing
 * after the document. A wrong value is a 400 naming the field, not a guess.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that these readers win over the ones Quarkus registers (java.time among them). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.registerModule(new SimpleModule("no-control-characters")
                .addDeserializer(String.class, new NoControlCharacters()));
        // An explicit null is not an absent property: the contract's request bodies declare nothing nullable.
        mapper.setDefaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL));
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        // UUIDs (and other scalars read from strings) would read "" and blanks as null: an absent value.
        refuse(mapper, LogicalType.OtherScalar, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        // [] or {} is never "absent": a value of the wrong shape is a 400, not a null.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        mapper.configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.configure(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, false);
        // java.time reads [2026,3,8] as a date and [] as null; the contract's dates and date-times are strings.
        mapper.registerModule(new SimpleModule("dates-are-strings")
                .addDeserializer(LocalDate.class, new StringsOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        DateTimeFormatter.ISO_LOCAL_DATE))
                .addDeserializer(OffsetDateTime.class, new StringsOnly<>(OffsetDateTime.class,
                        InstantDeserializer.OFFSET_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    /**
     * Reads a value only from a JSON string (or null) written in {@code format}; any other shape is a mismatched
     * input. The format is checked first because java.time's readers trim the text (control characters too) and
     * read a number in a string as seconds since 1970: "-1\u0001" would be a date-time in 1969.
     */
    static final class StringsOnly<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<? extends T> delegate;
        private final DateTimeFormatter format;

        StringsOnly(Class<T> type, JsonDeserializer<? extends T> delegate, DateTimeFormatter format) {
            super(type);
            this.delegate = delegate;
            this.format = format;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                format.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "not in the contract's format", text, handledType());
            }
            return delegate.deserialize(parser, context);
        }
    }

    /**
     * No C0 control character but tab and line breaks, nor DEL, in any string: PostgreSQL cannot store NUL, and
     * BEL or ESC in a note would reach every export and terminal that shows it. No field of this API needs one.
     */
    static final class NoControlCharacters extends StdScalarDeserializer<String> {
        NoControlCharacters() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && ControlCharacters.firstIn(value) >= 0) {
                throw InvalidFormatException.from(parser, ControlCharacters.REFUSED, value, String.class);
            }
            return value;
        }
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
