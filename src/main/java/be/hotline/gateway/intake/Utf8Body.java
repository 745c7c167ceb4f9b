package be.hotline.gateway.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every request body is UTF-8 (JSON by RFC 8259, XML by our contract), decoded strictly: a byte sequence
 * that is not UTF-8 (overlong forms and encoded surrogates included) is a 400, never replaced by U+FFFD
 * or guessed to be another encoding. One leading byte order mark is allowed and dropped.
 */
public final class Utf8Body {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Body() {
    }

    /** @throws MalformedRequestException (400) naming the byte offset of the first invalid sequence */
    public static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        // UTF-8 never gives more chars than it has bytes, so the output cannot overflow.
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new MalformedRequestException("The body is not valid UTF-8: the byte sequence at offset " + in.position()
                    + " is not UTF-8. Send the body in UTF-8.");
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.position(1);
        }
        return out.toString();
    }
}
