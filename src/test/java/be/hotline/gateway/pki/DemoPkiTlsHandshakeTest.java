package be.hotline.gateway.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The demo PKI is only useful if real JSSE mutual TLS 1.3 works with it, host name check included. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DemoPkiTlsHandshakeTest {

    private static final char[] PASSWORD = "demo-only".toCharArray();
    private static final int TIMEOUT_MILLIS = 5_000;

    @TempDir
    static Path dir;
    private static DemoPkiLayout layout;
    private static X509Certificate root;

    @BeforeAll
    static void generate() throws Exception {
        // The system clock, because JSSE checks validity against the real current time.
        layout = DemoPki.init(dir, PASSWORD, Clock.systemUTC());
        root = PkiTestSupport.readCertificate(layout.rootCaCertificate());
    }

    @Test
    void partnerAndGatewayCompleteAMutualTls13Handshake() throws Exception {
        SSLContext server = sslContext(layout.gatewayKeyStore());
        SSLContext client = sslContext(layout.partnerKeyStores().get("nl-hotline"));

        try (SSLServerSocket listener = listen(server)) {
            CompletableFuture<String> serverSide = CompletableFuture.supplyAsync(() -> acceptOneExchange(listener));
            try (SSLSocket socket = connect(client, listener.getLocalPort())) {
                socket.startHandshake();
                socket.getOutputStream().write(41);
                socket.getOutputStream().flush();

                assertThat(socket.getInputStream().read()).isEqualTo(42);
                assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
                assertThat(socket.getSession().getPeerPrincipal().getName()).isEqualTo(DemoPki.GATEWAY_DN);
            }
            assertThat(serverSide.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
                    .isEqualTo("CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL");
        }
    }

    @Test
    void gatewayRefusesAClientWithoutCertificate() throws Exception {
        SSLContext server = sslContext(layout.gatewayKeyStore());
        SSLContext anonymous = SSLContext.getInstance("TLSv1.3");
        anonymous.init(null, trustManagers(), null);

        try (SSLServerSocket listener = listen(server)) {
            CompletableFuture<String> serverSide = CompletableFuture.supplyAsync(() -> acceptOneExchange(listener));
            try (SSLSocket socket = connect(anonymous, listener.getLocalPort())) {
                // TLS 1.3 reports the refusal after the client's part of the handshake: on the first read.
                Throwable refused = catchThrowable(() -> {
                    socket.startHandshake();
                    socket.getOutputStream().write(41);
                    socket.getOutputStream().flush();
                    socket.getInputStream().read();
                });
                assertThat(refused).isInstanceOf(IOException.class);
            }
            assertThat(catchThrowable(() -> serverSide.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)))
                    .hasRootCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    /** Reads one byte, answers with the next one, returns the client's subject. */
    private static String acceptOneExchange(SSLServerSocket listener) {
        try (SSLSocket socket = (SSLSocket) listener.accept()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            int received = socket.getInputStream().read();
            socket.getOutputStream().write(received + 1);
            socket.getOutputStream().flush();
            return socket.getSession().getPeerPrincipal().getName();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLServerSocket listen(SSLContext context) throws IOException {
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        listener.setSoTimeout(TIMEOUT_MILLIS);
        listener.setNeedClientAuth(true);
        listener.setEnabledProtocols(new String[] {"TLSv1.3"});
        return listener;
    }

    private static SSLSocket connect(SSLContext context, int port) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        // Check the gateway certificate names 127.0.0.1, as an HTTPS client would.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        return socket;
    }

    private static SSLContext sslContext(Path keyStoreFile) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(PkiTestSupport.loadKeyStore(keyStoreFile, PASSWORD), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(keyManagers.getKeyManagers(), trustManagers(), null);
        return context;
    }

    private static TrustManager[] trustManagers() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("demo-root-ca", root);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory.getTrustManagers();
    }
}
