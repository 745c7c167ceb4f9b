package be.hotline.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 written by hand over mutual TLS, for what a well-behaved client never sends: a declared length it never
 * sends, a chunked body without end, an HTTP/0.9 request line. Reads one response as it comes.
 */
public final class RawHttpsClient implements AutoCloseable {

    /** A response's status, headers (names in lower case) and body. */
    public record Response(int status, Map<String, String> headers, String body) {
    }

    private final SSLSocket socket;
    private final OutputStream out;
    private final InputStream in;
    private volatile boolean endOfStream;

    private RawHttpsClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    /** Connects and completes the handshake with the client certificate in {@code keyStore} (password demo-only). */
    public static RawHttpsClient connect(Path keyStore, Path trustedRootCa, int port) throws IOException {
        SSLSocket socket = (SSLSocket) PartnerClient.tls(keyStore, trustedRootCa).getSocketFactory().createSocket("localhost", port);
        socket.setSoTimeout(15_000);
        socket.startHandshake();
        return new RawHttpsClient(socket);
    }

    public RawHttpsClient send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttpsClient send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Reads one response: status line, headers, and a body of Content-Length bytes. */
    public Response readResponse() throws IOException {
        String head = readHead();
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new Response(status, headers, readChunks());
        }
        if (!headers.containsKey("content-length") && "close".equalsIgnoreCase(headers.get("connection"))) {
            byte[] untilClosed = in.readAllBytes(); // a body delimited by the end of the connection
            endOfStream = true;
            return new Response(status, headers, new String(untilClosed, StandardCharsets.UTF_8));
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new Response(status, headers, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    private String readChunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int size;
        while ((size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) > 0) {
            body.write(in.readNBytes(size));
            readLine();
        }
        readLine(); // the empty line after the last chunk (no trailers are sent)
        return body.toString(StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != '\n') {
            if (next == -1) {
                throw new IOException("connection closed inside a chunked body");
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads the response in the background, while the caller goes on sending a body the gateway may cut off. */
    public java.util.concurrent.CompletableFuture<Response> responseInBackground() {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return readResponse();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** True when the gateway closed the connection (end of stream or reset) within the time. */
    public boolean closedByGatewayWithin(Duration time) throws IOException {
        if (endOfStream) {
            return true;
        }
        socket.setSoTimeout((int) time.toMillis());
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next == -1) {
                throw new IOException("connection closed before a response: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
