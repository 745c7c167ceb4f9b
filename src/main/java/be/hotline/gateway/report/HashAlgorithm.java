package be.hotline.gateway.report;

import java.util.regex.Pattern;

/** Hash algorithms the network exchanges, with the shape a value must have. */
public enum HashAlgorithm {
    MD5("[0-9a-fA-F]{32}", true),
    SHA1("[0-9a-fA-F]{40}", true),
    SHA256("[0-9a-fA-F]{64}", true),
    /** PhotoDNA: 144 bytes, exchanged as base64 or hex; opaque to us. */
    PHOTODNA("[A-Za-z0-9+/=]{16,400}", false),
    /** PDQ: 256 bits as 64 hex digits. */
    PDQ("[0-9a-fA-F]{64}", true);

    private final Pattern valueShape;
    private final boolean hex;

    HashAlgorithm(String valueShape, boolean hex) {
        this.valueShape = Pattern.compile(valueShape);
        this.hex = hex;
    }

    /** Hex values in lower case, so the same hash written in either case is the same value. */
    public String canonical(String value) {
        return hex && value != null ? value.toLowerCase(java.util.Locale.ROOT) : value;
    }

    public boolean accepts(String value) {
        return value != null && valueShape.matcher(value).matches();
    }
}
