package be.hotline.gateway.format.json;

import be.hotline.gateway.intake.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message body in our canonical JSON (sorted keys, ISO timestamps, absent values left out), UTF-8.
 * What the JSON delivery and the JSON relay share: the record passed in is written as is.
 */
public final class CanonicalJsonBody {

    public static final String MEDIA_TYPE = "application/json";

    private CanonicalJsonBody() {
    }

    public static byte[] of(Object value) {
        return CanonicalJson.write(Objects.requireNonNull(value)).getBytes(StandardCharsets.UTF_8);
    }
}
