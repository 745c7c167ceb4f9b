package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.Pkcs12Writer;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import org.junit.jupiter.api.Test;

/**
 * The ops port over TLS (gateway.ops.tls=true), with alice's client certificate mapped: the session cookie is Secure,
 * a password still works without any certificate (asked for, never required), and a mapped certificate signs its
 * user in, audited like a password login. The demo root CA issues the certificates; nl-hotline's is alice's.
 */
class OpsTlsTest extends GatewayTestSupport {

    private static final Path ALICE_CERTIFICATE = DEMO_CERTS.resolve("partners/nl-hotline.p12");
    private static final Path UNMAPPED_CERTIFICATE = DEMO_CERTS.resolve("partners/de-hotline.p12");
    private final TestDatabase database = TestDatabase.freshH2();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = OpsUsersForTests.properties();
        properties.setProperty("gateway.ops.tls", "true");
        properties.setProperty("gateway.ops.client-certificates", "alice:" + fingerprint("partners/nl-hotline.crt"));
        properties.setProperty("gateway.ops.client-ca", DEMO_ROOT_CA.toString());
        return properties;
    }

    @Test
    void aPasswordSignInNeedsNoClientCertificateAndGetsASecureCookie() throws Exception {
        PartnerClient browser = PartnerClient.anonymous(DEMO_ROOT_CA, opsPort);
        HttpResponse<String> login = login(browser, "{\"username\":\"bob\",\"password\":\"" + OpsUsersForTests.password("bob") + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("ops_session=").contains("; Secure", "HttpOnly", "SameSite=Strict");
        assertThat(login.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(get(browser, "/ops/api/overview", cookieOf(login)).statusCode()).isEqualTo(200);
    }

    @Test
    void aMappedClientCertificateSignsItsUserInAuditedLikeAPasswordLogin() throws Exception {
        PartnerClient alice = PartnerClient.withCertificate(ALICE_CERTIFICATE, DEMO_ROOT_CA, opsPort);
        HttpResponse<String> login = login(alice, "{}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure", "HttpOnly");
        assertThat(json.readTree(login.body()).get("csrfToken").asText()).isNotBlank();
        assertThat(get(alice, "/ops/api/overview", cookieOf(login)).statusCode()).isEqualTo(200);
        // The certificate signs in; on its own it is no credential for the API (a browser sends it to any page's requests).
        assertThat(get(alice, "/ops/api/overview", Map.of()).statusCode()).isEqualTo(401);

        assertThat(audit("LOGIN", "certificate")).anySatisfy(entry -> {
            assertThat(entry.get("user").asText()).isEqualTo("alice");
            assertThat(entry.get("reason").asText()).isEqualTo("from 127.0.0.1; certificate SHA-256 "
                    + fingerprint("partners/nl-hotline.crt"));
        });
    }

    @Test
    void aCertificateSignInIsNotLockedOutBySomeoneGuessingThePassword() throws Exception {
        PartnerClient guesser = PartnerClient.anonymous(DEMO_ROOT_CA, opsPort);
        for (int i = 0; i < 6; i++) {
            login(guesser, "{\"username\":\"alice\",\"password\":\"guess-" + i + "\"}");
        }
        assertThat(login(guesser, "{\"username\":\"alice\",\"password\":\"" + OpsUsersForTests.PASSWORD + "\"}").statusCode())
                .isEqualTo(429);
        HttpResponse<String> withCertificate = login(PartnerClient.withCertificate(ALICE_CERTIFICATE, DEMO_ROOT_CA, opsPort), "{}");
        assertThat(withCertificate.statusCode()).as(withCertificate.body()).isEqualTo(200);
    }

    @Test
    void aCertificateMappedToNobodyIsRefusedAuditedAndCounted() throws Exception {
        HttpResponse<String> login = login(PartnerClient.withCertificate(UNMAPPED_CERTIFICATE, DEMO_ROOT_CA, opsPort), "{}");
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(json.readTree(login.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:unknown-certificate");
        assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(audit("LOGIN_FAILED", "certificate")).anySatisfy(entry -> assertThat(entry.get("reason").asText())
                .isEqualTo("from 127.0.0.1; certificate SHA-256 " + fingerprint("partners/de-hotline.crt")));
        String metrics = get(PartnerClient.anonymous(DEMO_ROOT_CA, opsPort), "/ops/metrics",
                Map.of("Authorization", OpsHttpClient.basic("bob", OpsUsersForTests.password("bob")))).body();
        assertThat(metrics).containsPattern("hotline_ops_login_failures_total\\{method=\"certificate\",reason=\"unknown_certificate\"} [1-9]");
    }

    @Test
    void aCertificateFromAnotherCaEndsTheHandshake() throws Exception {
        Instant now = Instant.now();
        CertificateAuthority stranger = CertificateAuthority.createRoot("CN=Stranger CA", now.minusSeconds(3600),
                now.plus(Duration.ofDays(1)));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(new ByteArrayInputStream(Pkcs12Writer.toBytes("stranger", stranger.issueClient("CN=stranger",
                now.minusSeconds(3600), now.plus(Duration.ofDays(1))), PartnerClient.PASSWORD.toCharArray())),
                PartnerClient.PASSWORD.toCharArray());
        HttpRequest login = HttpRequest.newBuilder(URI.create("https://localhost:" + opsPort + "/ops/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpClient strangerClient = HttpClient.newBuilder().sslContext(alwaysPresenting(keys)).build();
        assertThatThrownBy(() -> strangerClient.send(login, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

        // The same client with alice's certificate gets in: the refusal above is the CA's, not the client's.
        KeyStore alice = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ALICE_CERTIFICATE)) {
            alice.load(in, PartnerClient.PASSWORD.toCharArray());
        }
        HttpClient aliceClient = HttpClient.newBuilder().sslContext(alwaysPresenting(alice)).build();
        assertThat(aliceClient.send(login, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    /**
     * A client that presents its certificate whoever the server names as acceptable issuers (a JDK client otherwise
     * sends none from an issuer the server did not name, and the server's own check would never be reached).
     */
    private static SSLContext alwaysPresenting(KeyStore keys) throws Exception {
        String alias = keys.aliases().nextElement();
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PartnerClient.PASSWORD.toCharArray());
        X509ExtendedKeyManager own = (X509ExtendedKeyManager) factory.getKeyManagers()[0];
        X509ExtendedKeyManager always = new X509ExtendedKeyManager() {
            @Override
            public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
                return alias;
            }

            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                return alias;
            }

            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return own.getClientAliases(keyType, null);
            }

            @Override
            public String[] getServerAliases(String keyType, Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
                return null;
            }

            @Override
            public X509Certificate[] getCertificateChain(String alias) {
                return own.getCertificateChain(alias);
            }

            @Override
            public PrivateKey getPrivateKey(String alias) {
                return own.getPrivateKey(alias);
            }
        };
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(DEMO_ROOT_CA)) {
            trust.setCertificateEntry("root", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(new KeyManager[] {always}, trustManagers.getTrustManagers(), null);
        return tls;
    }

    private HttpResponse<String> login(PartnerClient client, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + opsPort + "/ops/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(PartnerClient client, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + opsPort + path)).GET();
        headers.forEach(request::header);
        return client.send(request);
    }

    private static Map<String, String> cookieOf(HttpResponse<String> login) {
        return Map.of("Cookie", login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]);
    }

    private List<JsonNode> audit(String action, String target) throws Exception {
        HttpResponse<String> answer = get(PartnerClient.anonymous(DEMO_ROOT_CA, opsPort), "/ops/api/audit?limit=1000",
                Map.of("Authorization", OpsHttpClient.basic("bob", OpsUsersForTests.password("bob"))));
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : json.readTree(answer.body()).get("items")) {
            if (entry.get("action").asText().equals(action) && entry.get("target").asText().equals(target)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static String fingerprint(String certificate) {
        try (InputStream in = Files.newInputStream(DEMO_CERTS.resolve(certificate))) {
            return Fingerprints.sha256WithColons((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
