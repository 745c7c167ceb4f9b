package be.hotline.gateway.format.json;

import be.hotline.gateway.report.DeliverableText;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/** RFC 6901 pointers to where a parser stands; a character no answer can carry is written U+XXXX. */
final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer of the value the context is at: each array level adds its index, each object level its field. */
    static String of(JsonStreamContext at) {
        Deque<String> tokens = new ArrayDeque<>();
        for (JsonStreamContext level = at; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                tokens.push(String.valueOf(level.getCurrentIndex()));
            } else if (level.getCurrentName() != null) {
                tokens.push(escaped(level.getCurrentName()));
            }
        }
        return "/" + String.join("/", tokens);
    }

    static String escaped(String fieldName) {
        return DeliverableText.quotable(fieldName).replace("~", "~0").replace("/", "~1");
    }
}
