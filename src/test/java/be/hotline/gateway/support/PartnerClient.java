package be.hotline.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/** A partner system calling the gateway over mutual TLS with its own client certificate (or none). */
public final class PartnerClient {

    public static final String PASSWORD = "demo-only";
    private final HttpClient http;
    private final String baseUrl;

    private PartnerClient(SSLContext tls, String baseUrl, String... protocols) {
        HttpClient.Builder builder = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (protocols.length > 0) {
            SSLParameters parameters = tls.getDefaultSSLParameters();
            parameters.setProtocols(protocols);
            builder.sslParameters(parameters);
        }
        this.http = builder.build();
        this.baseUrl = baseUrl;
    }

    /** With the client certificate in {@code keyStore} (PKCS#12, password demo-only). */
    public static PartnerClient withCertificate(Path keyStore, Path trustedRootCa, int port) {
        return new PartnerClient(tls(keyStore, trustedRootCa), "https://localhost:" + port);
    }

    /** Like {@link #withCertificate} but speaking only the given TLS protocol versions, e.g. "TLSv1.2". */
    public static PartnerClient withCertificateAndProtocols(Path keyStore, Path trustedRootCa, int port, String... protocols) {
        return new PartnerClient(tls(keyStore, trustedRootCa), "https://localhost:" + port, protocols);
    }

    /** Without any client certificate. */
    public static PartnerClient anonymous(Path trustedRootCa, int port) {
        return new PartnerClient(tls(null, trustedRootCa), "https://localhost:" + port);
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST with no body and no Content-Type (Content-Length: 0), as an action such as redeliver asks for. */
    public HttpResponse<String> postNothing(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body as the bytes that came over the wire, e.g. to check a signature over them. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static SSLContext tls(Path keyStore, Path trustedRootCa) {
        try {
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keyStore)) {
                    store.load(in, PASSWORD.toCharArray());
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, PASSWORD.toCharArray());
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(trustedRootCa)) {
                trust.setCertificateEntry("root", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build client TLS from " + keyStore, e);
        }
    }
}
