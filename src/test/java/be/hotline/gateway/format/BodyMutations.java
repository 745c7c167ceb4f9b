package be.hotline.gateway.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Small ways to break a request body, as a fuzzer would, aimed at what this gateway must refuse cleanly:
 * bytes that are not UTF-8, escapes and character references of characters no message may carry, structure
 * cut or doubled, and an XML 1.1 declaration, under which control characters are allowed as references.
 */
final class BodyMutations {

    enum Kind { INSERT, OVERWRITE, DELETE, TRUNCATE, REPEAT, REPLACE_VALUE, DECLARE_XML_1_1 }

    /** One change at a position (taken modulo the body's length); {@code value} is used by REPLACE_VALUE only. */
    record Mutation(Kind kind, int position, int length, byte[] payload, String value) {
    }

    static final List<String> TOKENS = List.of(
            "{", "}", "[", "]", ":", ",", "\"", "\\", "null", "true", "0", "-1e999999", "1e-999999", "\"\":",
            "\"partnerReference\": ", "\"contentItems\": [", "\"assessment\": {", "\"note\": ", "\"type\": ",
            "\\u0000", "\\u001b", "\\ud800", "\\udfff\\ud800", "\\ufffe", "\\t", "\\n", "\\u",
            "<", ">", "</", "/>", "&", ";", "=", "<report xmlns=\"urn:inhope:exchange:report:1.0\">", "</report>",
            "<item>", "</item>", "<url>", "</url>", "<hash algorithm=\"MD5\">", "<note>", "<Remark>",
            "&#0;", "&#x1B;", "&#x7F;", "&#xFFFE;", "&#xD800;", "&#x10FFFF;", "&#xFDD0;", "&#9;", "&#xA;", "&amp;", "&bogus;",
            "<![CDATA[x]]>", "]]>", "<!-- c -->", "<?pi x?>", "<!DOCTYPE report>", "<?xml version=\"1.1\"?>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "xmlns=\"\"", "xmlns:x=\"urn:x\"", "<x:y/>", "\uFEFF", "\u0000");

    /** Byte sequences that are not UTF-8: overlong, encoded surrogate, past U+10FFFF, stray, cut, UTF-16 marks. */
    static final List<byte[]> NOT_UTF8 = List.of(
            bytes(0xC0, 0x80), bytes(0xC0, 0xBC), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF),
            bytes(0xFE), bytes(0x80), bytes(0xF0, 0x9F, 0x98), bytes(0xE2, 0x82), bytes(0xFE, 0xFF), bytes(0xFF, 0xFE));

    private BodyMutations() {
    }

    static Arbitrary<Mutation> mutations() {
        Arbitrary<byte[]> payload = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TOKENS).map(token -> token.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, Arbitraries.of(NOT_UTF8)),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(2, UnicodeText.anything(12)),
                Tuple.of(2, Combinators.combine(UnicodeText.deliverable(12), UnicodeText.forbiddenInSingleLine(), Arbitraries.integers())
                        .as(UnicodeText::insert)),
                Tuple.of(1, UnicodeText.deliverable(12)));
        // Half of them change a value and keep the structure, so the validators behind the parsers get their share.
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Kind.REPLACE_VALUE)),
                Tuple.of(1, Arbitraries.just(Kind.DECLARE_XML_1_1)),
                Tuple.of(5, Arbitraries.of(Kind.INSERT, Kind.OVERWRITE, Kind.DELETE, Kind.TRUNCATE, Kind.REPEAT)));
        return Combinators.combine(kind, Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(1, 40), payload, value).as(Mutation::new);
    }

    static byte[] apply(byte[] body, List<Mutation> mutations) {
        byte[] mutated = body;
        for (Mutation mutation : mutations) {
            mutated = apply(mutated, mutation);
        }
        return mutated;
    }

    private static byte[] apply(byte[] body, Mutation m) {
        int at = Math.floorMod(m.position(), body.length + 1);
        int end = Math.min(body.length, at + m.length());
        return switch (m.kind()) {
            case INSERT -> join(slice(body, 0, at), m.payload(), slice(body, at, body.length));
            case OVERWRITE -> join(slice(body, 0, at), m.payload(), slice(body, Math.min(body.length, at + m.payload().length), body.length));
            case DELETE -> join(slice(body, 0, at), slice(body, end, body.length));
            case TRUNCATE -> slice(body, 0, at);
            case REPEAT -> join(slice(body, 0, end), slice(body, at, body.length));
            case REPLACE_VALUE -> replaceValue(body, at, m.value());
            case DECLARE_XML_1_1 -> latin1(latin1(body).replaceFirst("version=\"1\\.0\"", "version=\"1.1\""));
        };
    }

    /** The next XML element text or JSON string value from {@code at} on, replaced by {@code value}, escaped as the format escapes. */
    private static byte[] replaceValue(byte[] body, int at, String value) {
        String text = latin1(body);
        boolean xml = text.stripLeading().startsWith("<") || text.startsWith("\u00EF\u00BB\u00BF<");
        int start = xml ? text.indexOf('>', at) + 1 : text.indexOf(": \"", at) + 3;
        int stop = start <= 0 || start > text.length() ? -1 : text.indexOf(xml ? '<' : '"', start);
        if (stop < 0) {
            return body;
        }
        byte[] escaped = (xml ? xmlEscaped(value) : JsonText.quote(value).substring(1, JsonText.quote(value).length() - 1))
                .getBytes(StandardCharsets.UTF_8);
        return join(slice(body, 0, start), escaped, slice(body, stop, body.length));
    }

    /** Every code point outside printable ASCII as a character reference, lone surrogates included (which XML refuses). */
    private static String xmlEscaped(String value) {
        StringBuilder xml = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c == '<') {
                xml.append("&lt;");
            } else if (c == '&') {
                xml.append("&amp;");
            } else if (c >= 0x20 && c < 0x7F) {
                xml.appendCodePoint(c);
            } else {
                xml.append("&#x").append(Integer.toHexString(c)).append(';');
            }
        });
        return xml.toString();
    }

    /** Bytes as chars one to one, so text searches never disturb bytes that are not UTF-8. */
    private static String latin1(byte[] body) {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] slice(byte[] body, int from, int to) {
        return Arrays.copyOfRange(body, from, to);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
