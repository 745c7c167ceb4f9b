package be.hotline.gateway.format.json;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.intake.Utf8Body;
import be.hotline.gateway.report.FieldError;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one of our canonical JSON documents into its record, strictly. Syntax errors are 400; a
 * well-formed document of the wrong shape (unknown field, object where a string belongs) is 422
 * naming every such field, together with what the format's rules find in the rest ({@link #readAll}). Shared by the report and feedback readers so both refuse the same things.
 * The body is decoded as strict UTF-8 first ({@link Utf8Body}): Jackson alone would take a body in
 * UTF-16 or UTF-32 too, and replace what those decoders cannot read. Thread-safe.
 */
public final class StrictJsonReader<T> {

    private final JsonFactory syntax = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** As many as the XML readers list: past that a body is hostile or badly broken. */
    public static final int MAX_SHAPE_ERRORS = 100;

    private final ObjectReader reader;
    private final String document;
    private final Function<List<FieldError>, ? extends RuntimeException> invalid;

    /**
     * @param document what the body should be, in error messages: "report", "feedback"
     * @param invalid  makes the format's 422 exception
     */
    public StrictJsonReader(Class<T> type, String document, Function<List<FieldError>, ? extends RuntimeException> invalid) {
        this.reader = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // The contract's types are strict: "true" is not a boolean, 12345 is not a reference.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(StrictScalars.module())
                .addHandler(new ShapeFaultCollector())
                .build()
                .readerFor(type);
        this.document = document;
        this.invalid = invalid;
    }

    /**
     * @throws MalformedRequestException (400) if the body is not exactly one well-formed JSON object
     * @throws RuntimeException          the format's 422 listing every unknown field and wrong JSON type
     */
    public T read(byte[] body) {
        Read<T> read = readAll(body);
        if (!read.shapeErrors().isEmpty()) {
            throw invalid.apply(read.shapeErrors());
        }
        return read.value();
    }

    /**
     * Reads what can be read: each unknown field and each value of the wrong JSON type is named and left out
     * (an array entry becomes null), so the rules can still check every other field and one 422 names them all.
     *
     * @throws MalformedRequestException (400) if the body is not exactly one well-formed JSON object
     * @throws RuntimeException          the format's 422 when more than {@link #MAX_SHAPE_ERRORS} fields are wrong
     */
    public Read<T> readAll(byte[] body) {
        String text = Utf8Body.decode(body);
        requireOneWellFormedObject(text);
        ShapeFaultsFound found = new ShapeFaultsFound();
        try {
            // One bind, whatever the body holds: ShapeFaultCollector names each fault and skips it.
            T value = reader.withAttribute(ShapeFaultCollector.FOUND, found).readValue(text);
            return new Read<>(value, shapeErrors(found));
        } catch (ShapeFaultCollector.TooManyWrongTypes e) {
            throw invalid.apply(shapeErrors(found));
        } catch (JsonMappingException e) {
            // A fault the collector could not skip (none is known): named, with those found before it.
            found.wrongTypes.add(pointer(e));
            throw invalid.apply(shapeErrors(found));
        } catch (IOException e) {
            throw new MalformedRequestException("The body could not be read as JSON.", e);
        }
    }

    private List<FieldError> shapeErrors(ShapeFaultsFound found) {
        Set<String> unknown = found.unknownFields;
        List<FieldError> errors = new ArrayList<>();
        unknown.stream().limit(MAX_SHAPE_ERRORS).forEach(pointer -> errors.add(new FieldError(pointer, unknownFieldMessage())));
        if (unknown.size() > MAX_SHAPE_ERRORS) {
            errors.add(new FieldError("", "more than " + MAX_SHAPE_ERRORS + " unknown fields; the rest are not listed"));
        }
        found.wrongTypes.forEach(pointer -> errors.add(new FieldError(pointer, "has the wrong JSON type for this field")));
        return errors;
    }

    private String unknownFieldMessage() {
        return "is not a field of the " + document + " format (see docs/api)";
    }

    /**
     * A document read as far as it could be.
     *
     * @param value       the record, without the fields named in shapeErrors
     * @param shapeErrors unknown fields and values of the wrong JSON type, in document order
     */
    public record Read<T>(T value, List<FieldError> shapeErrors) {
        public Read {
            shapeErrors = List.copyOf(shapeErrors);
        }
    }

    /**
     * A first, streaming pass: the body must be exactly one well-formed JSON object. Syntax is
     * checked apart from shape so that a syntax error deep inside is a 400, never a 422.
     */
    private void requireOneWellFormedObject(String body) {
        try (JsonParser parser = syntax.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedRequestException(first == null
                        ? "The request body is empty; expected a JSON " + document + " object."
                        : "The request body must be a JSON object, not " + first.asString() + ".");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new MalformedRequestException("The request body has content after the JSON object.");
            }
        } catch (StreamReadException e) {
            throw new MalformedRequestException("The body is not well-formed JSON: " + unquoted(e.getOriginalMessage())
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new MalformedRequestException("The body could not be read as JSON.", e);
        }
    }

    /**
     * Jackson quotes an unrecognised token, which may be a bare value such as a reporter's name; the line and
     * column already say where it is.
     */
    static String unquoted(String message) {
        return message == null ? "" : message.replaceFirst("^Unrecognized token '.*?':", "Unrecognized token:");
    }

    /** An RFC 6901 JSON pointer to the field at fault; a character no answer can carry is written U+. */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            String token = reference.getFieldName() != null
                    ? JsonPointers.escaped(reference.getFieldName())
                    : String.valueOf(reference.getIndex());
            pointer.append('/').append(token);
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
