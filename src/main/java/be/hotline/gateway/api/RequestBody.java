package be.hotline.gateway.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import org.apache.camel.Exchange;

/**
 * Reads a request body with a hard size limit, never buffering more than the limit, and names
 * its format from the Content-Type.
 */
public final class RequestBody {

    public static final String FORMAT = "gateway.format";
    private static final int CHUNK = 16 * 1024;
    private final long maxBytes;
    private final Duration readTimeout;

    /**
     * @param readTimeout how long the whole body may take; each read waits at most the connection's idle timeout,
     *                    so a client that trickles its body holds a thread no longer than this plus one idle timeout
     */
    public RequestBody(long maxBytes, Duration readTimeout) {
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
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
            return readBounded(in);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The client's side failed while sending: too slow (the idle timeout struck), or it went away. */
    private ApiProblem unreadable(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return ApiProblem.bodyTooSlow(readTimeout);
            }
        }
        return ApiProblem.bodyUnreadable();
    }

    /** Reads up to one byte past the limit (to know it was passed), never for longer than the read timeout. */
    private byte[] readBounded(InputStream in) throws IOException {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes + 1 - body.size()))) > 0) {
            body.write(chunk, 0, read);
            if (body.size() > maxBytes) {
                throw ApiProblem.payloadTooLarge(maxBytes);
            }
            if (System.nanoTime() - deadline > 0) {
                throw ApiProblem.bodyTooSlow(readTimeout);
            }
        }
        return body.toByteArray();
    }
}
