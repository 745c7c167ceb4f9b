package be.hotline.gateway.format.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The published JSON examples, and copies of them with one value set at a JSON pointer. */
final class JsonDocuments {

    static final Path NL_HOTLINE = Path.of("docs/api/examples/report-nl-hotline.json");
    static final Path INTERNAL = Path.of("docs/api/examples/report-internal.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocuments() {
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The NL example with the value at {@code pointer} replaced, or added if its parent lacks it. */
    static byte[] nlExampleWith(String pointer, JsonNode value) {
        try {
            JsonNode root = MAPPER.readTree(bytes(NL_HOTLINE));
            JsonPointer at = JsonPointer.compile(pointer);
            ((ObjectNode) root.at(at.head())).set(at.last().getMatchingProperty(), value);
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
