package be.hotline.gateway.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The INHOPE feedback XSD's action codes that a hotline may send us, each with the feedback type the XSD names
 * for it in brackets; the codes documented "Relays only" (the police's LEA_ outcomes) are left out.
 */
final class HotlineActionCodes {

    static final Path XSD = Path.of("docs/api/schemas/inhope-feedback-1.0.xsd");
    private static final Pattern ENUMERATION = Pattern.compile(
            "<xs:enumeration value=\"([A-Z_]+)\"><xs:annotation><xs:documentation>([^<]*)\\[([A-Z_]+)\\]\\.?</xs:documentation>");

    private HotlineActionCodes() {
    }

    /** Action code → our feedback type, e.g. REPORTED_TO_LEA → FORWARDED_TO_LAW_ENFORCEMENT. */
    static Map<String, String> fromSchema() throws IOException {
        Map<String, String> types = new TreeMap<>();
        Matcher code = ENUMERATION.matcher(Files.readString(XSD));
        while (code.find()) {
            if (!code.group(2).startsWith("Relays only")) {
                types.put(code.group(1), code.group(3));
            }
        }
        return types;
    }
}
