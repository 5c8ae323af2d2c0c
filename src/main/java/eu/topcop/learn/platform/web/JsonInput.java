package eu.topcop.learn.platform.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How every JSON body is read, in one place, so that a body is either what its record says or refused with a 400
 * naming the field ({@link ErrorMappers}): a key given twice, a null in a list or as a value of a map, a number
 * for a choice, a fraction for a whole number, text with control characters, a date the database cannot
 * hold ({@link StoredTime}), and anything after the body are refused instead of silently read one way or another.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    /** Deeper than any request of the API; far less than would strain the parser. */
    static final int MAX_NESTING = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // [null] in a list (or a null value in a map) is refused where it is read, with its index as the path.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("topcop-input").setDeserializerModifier(new Checks()));
    }

    /** The path of the field a reading failure concerns ({@code marks[2].day}), or empty for the whole body. */
    static String fieldOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        // A parse failure (a key given twice, broken JSON) knows where the parser was, down to the key; databind
        // wraps it with the path of the objects around it only.
        JacksonException parse = e.getCause() instanceof StreamReadException cause ? cause : e;
        if (parse instanceof StreamReadException && parse.getProcessor() instanceof JsonParser parser) {
            return contextPath(parser);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return e.getProcessor() instanceof JsonParser parser ? contextPath(parser) : "";
    }

    private static String contextPath(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                parts.push("[" + context.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** What is wrong, in words for the API's reader (Jackson's own messages name Java types). */
    static String messageOf(JacksonException e) {
        if (e instanceof Refused refused) {
            return refused.getOriginalMessage();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof StreamConstraintsException) {
            return "is nested too deeply or is too long";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            return "is given twice";
        }
        if (original.startsWith("Trailing token")) {
            return "has content after its end";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException) {
            return "cannot be read";
        }
        return "is not valid JSON";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a day (YYYY-MM-DD)";
        }
        if (StoredTime.TYPES.contains(type)) {
            return "must be a time (YYYY-MM-DDThh:mm)";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(java.util.stream.Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "has the wrong type";
    }

    /** A value the application's own rules refuse; its message is meant for the reader. */
    static final class Refused extends InvalidFormatException {
        Refused(JsonParser parser, String message, Object value, Class<?> type) {
            super(parser, message, value, type);
        }
    }

    /** Wraps the deserializers of text and of dates and times with the application's rules. */
    private static final class Checks extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || StoredTime.TYPES.contains(type)) {
                return new Checked(deserializer);
            }
            return deserializer;
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(
                DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
            return type.getRawClass() == String.class ? new CheckedKey(deserializer) : deserializer;
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            Optional<String> problem =
                    value instanceof String text ? TextInput.problem(text) : StoredTime.problem(value);
            if (problem.isPresent()) {
                throw new Refused(parser, problem.get(), value, value.getClass());
            }
            return value;
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        private final KeyDeserializer delegate;

        CheckedKey(KeyDeserializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            Optional<String> problem = TextInput.problem(key);
            if (problem.isPresent()) {
                throw new Refused(context.getParser(), "has a key that " + problem.get(), key, String.class);
            }
            return delegate == null ? key : delegate.deserializeKey(key, context);
        }
    }
}
