package be.hotline.gateway.support;

import java.util.regex.Pattern;

/** Our report reference as docs/api documents it (openapi.yaml, `Reference`), and the examples' stand-in for it. */
public final class DocumentedReference {

    /** `HX-` and 20 Crockford base-32 characters (no I, L, O, U), as intake's ReferenceGenerator makes them. */
    public static final Pattern PATTERN = Pattern.compile("HX-[0-9A-HJKMNP-TV-Z]{20}");
    /** What the feedback examples hold where our reference of the report goes. */
    public static final String PLACEHOLDER = "HX-XXXXXXXXXXXXXXXXXXXX";

    private DocumentedReference() {
    }
}
