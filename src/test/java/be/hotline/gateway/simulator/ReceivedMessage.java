package be.hotline.gateway.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request a simulated partner received (handshake failures never get this far).
 *
 * @param path                     the request path, with its query string if any
 * @param headers                  header name (case-insensitive look-up) to its values
 * @param clientCertificateSubject the subject of the client certificate the TLS handshake verified
 */
public record ReceivedMessage(String method, String path, Map<String, List<String>> headers, byte[] body,
                              Optional<String> clientCertificateSubject, Instant receivedAt) {

    public ReceivedMessage {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    /** The first value of a header, ignoring the case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
