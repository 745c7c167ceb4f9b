package be.hotline.gateway.format.json;

import be.hotline.gateway.report.DeliverableText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Names each unknown field of a document and skips its value, so that one bind finds them all: a body full of
 * unknown fields costs one bind, not one per field. The names go to the set given to the read as
 * {@link #FOUND}, as JSON pointers.
 */
final class UnknownFieldCollector extends DeserializationProblemHandler {

    /** The read's attribute holding a {@code Set<String>} of pointers. */
    static final Object FOUND = UnknownFieldCollector.class;

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        @SuppressWarnings("unchecked")
        Set<String> found = (Set<String>) context.getAttribute(FOUND);
        if (found == null) {
            return false; // a read without the set fails on the field, as Jackson does by default
        }
        found.add(pointerOf(parser.getParsingContext(), propertyName));
        parser.skipChildren();
        return true;
    }

    /**
     * The field's RFC 6901 pointer. Where the parser stands depends on the field's value (on an object or
     * array value it may already be inside it), so the path is taken from the object that names the field.
     * A character no answer can carry is written U+XXXX, as for every other pointer.
     */
    private static String pointerOf(JsonStreamContext at, String propertyName) {
        JsonStreamContext field = at;
        while (field != null && !(field.inObject() && propertyName.equals(field.getCurrentName()))) {
            field = field.getParent();
        }
        Deque<String> tokens = new ArrayDeque<>();
        for (JsonStreamContext level = field; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                tokens.push(String.valueOf(level.getCurrentIndex()));
            } else if (level.getCurrentName() != null) {
                tokens.push(DeliverableText.quotable(level.getCurrentName()).replace("~", "~0").replace("/", "~1"));
            }
        }
        if (field == null) {
            tokens.add(DeliverableText.quotable(propertyName).replace("~", "~0").replace("/", "~1"));
        }
        return "/" + String.join("/", tokens);
    }
}
