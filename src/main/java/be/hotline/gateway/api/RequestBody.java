package be.hotline.gateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.camel.Exchange;

/**
 * Reads a request body with a hard size limit, never buffering more than the limit, and names
 * its format from the Content-Type.
 */
public final class RequestBody {

    public static final String FORMAT = "gateway.format";
    private final long maxBytes;

    public RequestBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The request's format: JSON (our canonical format) or INHOPE_XML. */
    public static String formatOf(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (mediaType) {
            case "application/json" -> "JSON";
            case "application/xml", "text/xml" -> "INHOPE_XML";
            default -> throw ApiProblem.unsupportedMediaType(contentType == null ? "(none)" : contentType);
        };
    }

    public byte[] read(Exchange exchange) {
        Long declared = exchange.getIn().getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > maxBytes) {
            throw ApiProblem.payloadTooLarge(maxBytes);
        }
        InputStream in = exchange.getIn().getBody(InputStream.class);
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            byte[] body = in.readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                throw ApiProblem.payloadTooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request body", e);
        }
    }
}
