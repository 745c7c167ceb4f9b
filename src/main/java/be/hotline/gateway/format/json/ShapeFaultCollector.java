package be.hotline.gateway.format.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import java.io.IOException;

/**
 * Names each unknown field and each value of the wrong JSON type, skips it (the field is left out, an array
 * entry becomes null) and lets the bind go on, so that ONE bind finds them all: a body full of faults costs
 * one bind, not one per fault. They go to the {@link ShapeFaultsFound} given to the read as {@link #FOUND}.
 * Past {@link StrictJsonReader#MAX_SHAPE_ERRORS} values of the wrong type the bind is ended
 * ({@link TooManyWrongTypes}): the body is hostile or badly broken.
 */
final class ShapeFaultCollector extends DeserializationProblemHandler {

    /** The read's attribute holding a {@link ShapeFaultsFound}. */
    static final Object FOUND = ShapeFaultCollector.class;

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        ShapeFaultsFound found = found(context);
        if (found == null) {
            return false; // a read without the collection fails on the field, as Jackson does by default
        }
        found.unknownFields.add(unknownFieldPointer(parser.getParsingContext(), propertyName));
        parser.skipChildren();
        return true;
    }

    /** An object, array, string, number or boolean where the field's type has no place for it. */
    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                        JsonParser parser, String failureMsg) throws IOException {
        return wrongType(context, parser);
    }

    /** A scalar where an object belongs: Jackson looks for a constructor taking it, which our records lack. */
    @Override
    public Object handleMissingInstantiator(DeserializationContext context, Class<?> instClass, ValueInstantiator instantiator,
                                            JsonParser parser, String msg) throws IOException {
        return wrongType(context, parser);
    }

    private static Object wrongType(DeserializationContext context, JsonParser parser) throws IOException {
        ShapeFaultsFound found = found(context);
        if (found == null) {
            return NOT_HANDLED;
        }
        // On an object or array value the parser is already inside it: the value's place is one level up.
        JsonStreamContext at = parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY
                ? parser.getParsingContext().getParent()
                : parser.getParsingContext();
        found.wrongTypes.add(JsonPointers.of(at));
        if (found.wrongTypes.size() >= StrictJsonReader.MAX_SHAPE_ERRORS) {
            throw new TooManyWrongTypes(parser);
        }
        parser.skipChildren();
        return null;
    }

    private static ShapeFaultsFound found(DeserializationContext context) {
        return (ShapeFaultsFound) context.getAttribute(FOUND);
    }

    /**
     * The field's pointer. Where the parser stands depends on the field's value (on an object or array value
     * it may already be inside it), so the path is taken from the object that names the field.
     */
    private static String unknownFieldPointer(JsonStreamContext at, String propertyName) {
        JsonStreamContext field = at;
        while (field != null && !(field.inObject() && propertyName.equals(field.getCurrentName()))) {
            field = field.getParent();
        }
        if (field == null) {
            return "/" + JsonPointers.escaped(propertyName);
        }
        if (field instanceof TokenBufferReadContext && !(field.getParent() instanceof TokenBufferReadContext)
                && field.getParent().inObject()) {
            // A record's unknown fields are buffered and replayed once it is built: the buffer's first level
            // stands for the record, whose own level above it has moved on to its last field.
            String record = JsonPointers.of(field.getParent().getParent());
            return (record.equals("/") ? "/" : record + "/") + JsonPointers.escaped(propertyName);
        }
        return JsonPointers.of(field);
    }

    /** Ends the bind: the faults found so far are all the 422 lists. */
    static final class TooManyWrongTypes extends JsonMappingException {

        TooManyWrongTypes(JsonParser parser) {
            super(parser, "more than " + StrictJsonReader.MAX_SHAPE_ERRORS + " values of the wrong JSON type");
        }
    }
}
