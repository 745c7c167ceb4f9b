package be.hotline.gateway.format;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes JSON by hand, every character outside printable ASCII as a backslash-u escape, so a test can send
 * what no JSON library would write: lone surrogates and control characters inside strings.
 */
final class JsonText {

    private JsonText() {
    }

    /** A flat object of string members, absent (null) values left out, in the map's order. */
    static String object(Map<String, String> members) {
        return members.entrySet().stream().filter(member -> member.getValue() != null)
                .map(member -> quote(member.getKey()) + ": " + quote(member.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                json.append(c);
            } else {
                json.append(String.format("\\u%04x", (int) c));
            }
        }
        return json.append('"').toString();
    }
}
