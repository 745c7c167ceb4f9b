package be.hotline.gateway.simulator;

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
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What the gateway will do, in plain JDK: POST over mutual TLS with a client key store and one trusted
 * CA. HTTP/1.1 like camel-http. A new client (so a new connection) per instance, on purpose: the
 * outage tests must not reuse a pooled connection.
 */
final class GatewayLikeClient {

    private final HttpClient http;

    private GatewayLikeClient(SSLContext tls) {
        this.http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Presents the client certificate in {@code clientP12} (null: none) and trusts only {@code caPem}. */
    static GatewayLikeClient of(Path clientP12, Path caPem) {
        return new GatewayLikeClient(tls(clientP12, caPem));
    }

    HttpResponse<String> post(String url, String messageId, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("X-Message-Id", messageId)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext tls(Path clientP12, Path caPem) {
        try {
            char[] password = SimulatorPki.PASSWORD.toCharArray();
            KeyManagerFactory keys = null;
            if (clientP12 != null) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(clientP12)) {
                    store.load(in, password);
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, password);
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(caPem)) {
                trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot build client TLS from " + clientP12 + " and " + caPem, e);
        }
    }
}
