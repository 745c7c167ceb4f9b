import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A partner's receiving endpoint as docs/api/delivery.md describes it, with the JDK alone (Java 17+):
 *
 * <pre>
 * java docs/api/examples/receiver/ExampleReceiver.java --port 9444 \
 *      --keystore certs-example/partners/de-hotline-server.p12 --password demo-only \
 *      --trust-ca certs-example/ca/demo-root-ca.crt --pin SHA256[,SHA256...] --store /tmp/de-inbox \
 *      [--path /inhope/v1/reports[,/inhope/v1/feedback]] [--max-body-bytes 4194304]
 * </pre>
 *
 * Mutual TLS with the gateway's client certificate pinned; each message stored durably, once, under its
 * X-Message-Id before the 2xx; the 2xx carries our own reference, which is the acknowledgement. Example code:
 * copy it, then give it your own storage, your own references and your own logging.
 */
public final class ExampleReceiver {

    /** The gateway's message ids are UUIDs; anything else is refused, and never becomes a file name. */
    private static final Pattern MESSAGE_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Set<String> MEDIA_TYPES = Set.of("application/xml", "application/json");

    private final Set<String> paths;
    private final Path store;
    private final int maxBodyBytes;

    private ExampleReceiver(Set<String> paths, Path store, int maxBodyBytes) {
        this.paths = paths;
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
    }

    public static void main(String[] args) throws Exception {
        limitSlowConnections();
        Map<String, String> options = options(args);
        Path store = Files.createDirectories(Path.of(required(options, "--store")));
        removeUnfinishedWrites(store);
        Set<String> paths = Set.of(options.getOrDefault("--path", "/inhope/v1/reports").split(","));
        ExampleReceiver receiver = new ExampleReceiver(paths, store,
                Integer.parseInt(options.getOrDefault("--max-body-bytes", Integer.toString(4 * 1024 * 1024))));
        SSLContext tls = tls(Path.of(required(options, "--keystore")), required(options, "--password").toCharArray(),
                Path.of(required(options, "--trust-ca")), pins(required(options, "--pin")));

        int port = Integer.parseInt(required(options, "--port"));
        HttpsServer server = HttpsServer.create(new InetSocketAddress(port), 128);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                var ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true); // no client certificate, no connection
                ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/", receiver::handle);
        server.setExecutor(Executors.newFixedThreadPool(16)); // the gateway may send many messages at once
        server.start();
        System.out.println("listening on https://localhost:" + port + " " + paths + ", storing in " + store.toAbsolutePath());
    }

    /**
     * Without these the JDK's server waits for ever on a client that sends its request, or reads our answer, a byte
     * a minute, or keeps an idle connection open: a few such clients would hold every worker thread and no
     * delivery would get through. Set before the server is created (the JDK reads them once); a -D given on the
     * command line wins. Seconds.
     */
    private static void limitSlowConnections() {
        setUnlessGiven("sun.net.httpserver.maxReqTime", "60");  // to receive a whole request
        setUnlessGiven("sun.net.httpserver.maxRspTime", "60");  // to send a whole answer
        setUnlessGiven("sun.net.httpserver.idleInterval", "30"); // a kept-alive connection with nothing to do
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * A crash between writing a message's temporary file and renaming it leaves a {@code .<id>...part} file: never
     * acknowledged, so the gateway sends that message again. Removed at start, so they do not pile up.
     */
    private static void removeUnfinishedWrites(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".part") && Files.isRegularFile(file)) {
                    Files.delete(file);
                    System.out.println("removed an unfinished write: " + name);
                }
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!paths.contains(exchange.getRequestURI().getPath())) {
                answer(exchange, 404, problem(404, "Not Found", "nothing is received at this path"));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                answer(exchange, 405, problem(405, "Method Not Allowed", "only POST is received here"));
                return;
            }
            String messageId = exchange.getRequestHeaders().getFirst("X-Message-Id");
            if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
                answer(exchange, 400, problem(400, "Bad Request", "X-Message-Id must be a UUID"));
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null || !MEDIA_TYPES.contains(contentType.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
                answer(exchange, 415, problem(415, "Unsupported Media Type", "application/xml or application/json"));
                return;
            }
            // The JDK's server refuses most malformed lengths itself; should one reach us, a 400, never an exception.
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            if (declared != null && !declared.trim().matches("[0-9]{1,18}")) {
                answer(exchange, 400, problem(400, "Bad Request", "Content-Length must be a number of bytes"));
                return;
            }
            byte[] body = boundedBody(exchange, declared);
            if (body == null) {
                answer(exchange, 413, problem(413, "Content Too Large", "at most " + maxBodyBytes + " bytes"));
                return;
            }
            if (body.length == 0) {
                answer(exchange, 400, problem(400, "Bad Request", "the message is empty"));
                return;
            }
            // Lower case: the same id in another spelling is the same message.
            String id = messageId.toLowerCase(Locale.ROOT);
            boolean stored;
            try {
                stored = storeOnce(id, body);
            } catch (IOException diskTrouble) {
                // Not stored, so no 2xx: a 503 makes the gateway send the message again later.
                System.out.println("could not store " + id + ": " + diskTrouble);
                answer(exchange, 503, problem(503, "Service Unavailable", "could not store the message; send it again"));
                return;
            }
            System.out.println((stored ? "stored " : "duplicate, already stored ") + id + " ("
                    + exchange.getRequestHeaders().getFirst("X-Hotline-Reference") + ", " + body.length + " bytes)");
            // 202 first time, 200 for a re-send: both 2xx with the same receipt, which acknowledges the report.
            answer(exchange, stored ? 202 : 200, "{\"reference\":\"" + referenceFor(id) + "\"}");
        }
    }

    /**
     * Our own reference. Derived from the message id here so that a re-send gets the same receipt without more
     * state; a real receiver gives its own case number and keeps it with the message.
     */
    private static String referenceFor(String messageId) {
        return "RX-" + messageId;
    }

    /**
     * The body, or null when it is larger than allowed: by its declared length, before any byte is read, or (sent
     * in chunks, without a length) once one byte more than allowed has come; never read past the bound.
     */
    private byte[] boundedBody(HttpExchange exchange, String declared) throws IOException {
        if (declared != null && Long.parseLong(declared.trim()) > maxBodyBytes) {
            return null;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }

    /**
     * Writes the message to {@code <store>/<messageId>} unless it is there already: to a temporary file first,
     * flushed to disk, then renamed in one step, so a crash leaves either the whole message or none. Returns
     * false for a re-send. Two copies of one message arriving at once both write the same bytes; the rename
     * leaves one file.
     */
    private boolean storeOnce(String messageId, byte[] body) throws IOException {
        Path target = store.resolve(messageId);
        if (Files.exists(target)) {
            return false;
        }
        Path temporary = Files.createTempFile(store, "." + messageId, ".part");
        try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(body));
            file.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
        return true;
    }

    /** Makes the rename itself durable (POSIX); where a directory cannot be opened (Windows) the move suffices. */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(store, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException notSupportedHere) {
            // nothing more to do on this platform
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** An RFC 9457 problem; the gateway records only the status, the body is for a person reading your logs. */
    private static String problem(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }

    /**
     * Our key and certificate (the server certificate the gateway checks against the CA registered for us), and
     * whom we accept: a client certificate from the gateway's CA whose SHA-256 is one of the pins. The pin is
     * checked in the handshake, so a stranger never reaches the handler, and a gateway certificate we forgot to
     * pin fails as a TLS error, which the gateway retries, rather than as a 403, which it would not.
     */
    private static SSLContext tls(Path keyStoreFile, char[] password, Path trustedCa, Set<String> pins)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, password);

        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        try (InputStream in = Files.newInputStream(trustedCa)) {
            anchors.setCertificateEntry("gateway-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
        trust.init(anchors);
        X509TrustManager chainCheck = (X509TrustManager) trust.getTrustManagers()[0];

        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), new X509TrustManager[] {new PinnedClients(chainCheck, pins)}, null);
        return tls;
    }

    /** Accepts a client whose chain verifies AND whose own certificate is pinned. */
    private record PinnedClients(X509TrustManager chainCheck, Set<String> pins) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            chainCheck.checkClientTrusted(chain, authType);
            if (!pins.contains(sha256(chain[0]))) {
                System.out.println("refused a client certificate that is not pinned: " + chain[0].getSubjectX500Principal()
                        + ", SHA-256 " + sha256(chain[0]));
                throw new CertificateException("client certificate not pinned");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a receiver is never a TLS client");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return chainCheck.getAcceptedIssuers();
        }
    }

    private static String sha256(X509Certificate certificate) throws CertificateException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e);
        }
    }

    /** "AB:CD:..." as fingerprints.txt writes it, or plain hex, in any case. */
    private static Set<String> pins(String commaSeparated) {
        Set<String> pins = Stream.of(commaSeparated.split(","))
                .map(pin -> pin.replace(":", "").trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!pins.stream().allMatch(pin -> pin.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("--pin: SHA-256 fingerprints, 64 hex digits each, comma-separated");
        }
        return pins;
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name + " (see the comment at the top of ExampleReceiver.java)");
        }
        return value;
    }
}
