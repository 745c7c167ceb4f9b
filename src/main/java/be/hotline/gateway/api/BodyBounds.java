package be.hotline.gateway.api;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * What a request announces about its body, checked before a byte of it is read: a declared length over the
 * limit (413, also when the client waits for "100 Continue", which it then never gets), a compressed body (415:
 * nothing is inflated here, so a small bomb cannot become a large one), and a body of a media type the API does
 * not read (415: multipart and form bodies are never parsed).
 */
final class BodyBounds {

    private final long maxBytes;

    BodyBounds(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Optional<ApiProblem> problemOf(String method, HttpFields headers, long declaredLength) {
        if (declaredLength > maxBytes) {
            return Optional.of(ApiProblem.payloadTooLarge(maxBytes));
        }
        String encoding = headers.get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.trim().equalsIgnoreCase("identity")) {
            return Optional.of(ApiProblem.unsupportedContentEncoding(encoding));
        }
        if (carriesBody(method, headers, declaredLength)) {
            try {
                RequestBody.formatOf(headers.get(HttpHeader.CONTENT_TYPE));
            } catch (ApiProblem unsupported) {
                return Optional.of(unsupported);
            }
        }
        return Optional.empty();
    }

    /** A POST declaring Content-Length: 0 has nothing to check (a redelivery request has no body). */
    private static boolean carriesBody(String method, HttpFields headers, long declaredLength) {
        return (method.toUpperCase(Locale.ROOT).equals("POST") && declaredLength != 0) || declaredLength > 0
                || headers.contains(HttpHeader.TRANSFER_ENCODING);
    }
}
