package be.hotline.gateway.report;

import java.util.regex.Pattern;

/** Hash algorithms the network exchanges, with the shape a value must have. */
public enum HashAlgorithm {
    MD5("[0-9a-fA-F]{32}"),
    SHA1("[0-9a-fA-F]{40}"),
    SHA256("[0-9a-fA-F]{64}"),
    /** PhotoDNA: 144 bytes, exchanged as base64 or hex; opaque to us. */
    PHOTODNA("[A-Za-z0-9+/=]{16,400}"),
    /** PDQ: 256 bits as 64 hex digits. */
    PDQ("[0-9a-fA-F]{64}");

    private final Pattern valueShape;

    HashAlgorithm(String valueShape) {
        this.valueShape = Pattern.compile(valueShape);
    }

    public boolean accepts(String value) {
        return value != null && valueShape.matcher(value).matches();
    }
}
