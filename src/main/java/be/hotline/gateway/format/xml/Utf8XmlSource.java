package be.hotline.gateway.format.xml;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.intake.Utf8Body;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.InputSource;

/**
 * Partner XML as the parser gets it: strict UTF-8, decoded by us ({@link Utf8Body}). Left to the parser,
 * an encoding declaration would choose the decoder, and every decoder but its UTF-8 one replaces bytes it
 * cannot read with U+FFFD. A declaration naming another encoding is refused, so no Latin-1 document whose
 * bytes happen to be valid UTF-8 is read as something its sender did not write.
 */
public final class Utf8XmlSource {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\1");

    private Utf8XmlSource() {
    }

    /** @throws MalformedRequestException (400) if the body is not UTF-8 or declares another encoding */
    public static InputSource of(byte[] body) {
        String text = Utf8Body.decode(body);
        Matcher declaration = DECLARED_ENCODING.matcher(text);
        if (declaration.lookingAt() && !declaration.group(2).equalsIgnoreCase("UTF-8")) {
            throw new MalformedRequestException("The XML declaration says encoding '"
                    + PlainSchemaMessages.abbreviate(declaration.group(2), 40) + "'; send the document in UTF-8 and declare encoding=\"UTF-8\" or none.");
        }
        return new InputSource(new StringReader(text));
    }
}
