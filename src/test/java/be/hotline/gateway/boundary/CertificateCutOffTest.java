package be.hotline.gateway.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.ops.PasswordHash;
import be.hotline.gateway.ops.cli.OpsCli;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.OddCertificates;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.RawHttpsClient;
import be.hotline.gateway.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/**
 * Cutting a certificate off and changing the registry without a restart: blocking through the CLI and ops API
 * (audited) closes the certificate's open connections and refuses it from the next request on; a registry reload
 * is validated whole (an invalid file changes nothing); a partner may hold two certificates during a rollover; a
 * certificate not meant for client authentication never identifies a partner.
 */
class CertificateCutOffTest extends GatewayTestSupport {

    private static final String UNKNOWN_REPORT = "/api/v1/reports/HX-UNKNOWN";
    private static final String OPS_USER = "carol";
    private static final String OPS_PASSWORD = "carol-test-password";

    private final BoundaryPki pki = new BoundaryPki();
    private final TestDatabase database = TestDatabase.h2(pki.folder);
    private final IssuedCertificate deOld = pki.ca.issueClient(BoundaryPki.DE, BoundaryPki.yesterday(), BoundaryPki.inDays(30));
    private final IssuedCertificate deNew = pki.ca.issueClient(BoundaryPki.DE, BoundaryPki.yesterday(), BoundaryPki.inDays(60));
    private final Path deOldStore = pki.keyStore("de-old", deOld);
    private final Path deNewStore = pki.keyStore("de-new", deNew);
    private final Path nl = pki.client("nl", BoundaryPki.NL);
    private final Path at = pki.client("at", BoundaryPki.AT);

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        pki.writeRegistry(registry(""));
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", pki.registry.toString());
        properties.setProperty("gateway.partner-api.keystore", pki.gatewayKeyStore.toString());
        properties.setProperty("gateway.outbox.enabled", "false");
        properties.setProperty("gateway.partners.reload-check-interval-ms", "200");
        properties.setProperty("gateway.ops.user-password", OPS_USER + ":" + PasswordHash.hash(OPS_PASSWORD.toCharArray(), 1000));
        return properties;
    }

    /** Police, NL, and DE pinned by both its old and its new certificate (a rollover); more entries appended. */
    private String registry(String more) {
        return pki.police() + pki.hotline("nl-hotline", "NL", BoundaryPki.NL, "") + """
                  - {id: de-hotline, name: DE, kind: HOTLINE, country: DE, trustedCas: [%s],
                     certificates: [{sha256: "%s"}, {sha256: "%s"}], outbound: {url: "https://127.0.0.1:1/de", format: INHOPE_XML}}
                """.formatted(pki.caFile.toAbsolutePath(), BoundaryPki.pinned(deOld), BoundaryPki.pinned(deNew)) + more;
    }

    @Test
    void duringARolloverBothCertificatesOfAPartnerGetIn() throws Exception {
        assertThat(pki.partnerClient(deOldStore, partnerPort).get(UNKNOWN_REPORT).statusCode()).isEqualTo(404);
        assertThat(pki.partnerClient(deNewStore, partnerPort).get(UNKNOWN_REPORT).statusCode()).isEqualTo(404);
    }

    @Test
    void aBlockedCertificateLosesItsOpenConnectionAndIsRefusedUntilUnblocked() throws Exception {
        IssuedCertificate stolen = pki.ca.issueClient(BoundaryPki.NL, BoundaryPki.yesterday(), BoundaryPki.inDays(30));
        Path stolenStore = pki.keyStore("nl-stolen", stolen);
        String sha256 = BoundaryPki.pinned(stolen);
        try (RawHttpsClient open = pki.raw(stolenStore, partnerPort)) {
            assertThat(open.send(get(UNKNOWN_REPORT)).readResponse().status()).isEqualTo(404);

            Cli blocked = cli("certs", "block", colons(sha256), "--reason", "key reported stolen, ticket 4711");
            assertThat(blocked.exit()).as(blocked.err()).isZero();

            assertThat(open.closedByGatewayWithin(Duration.ofSeconds(5))).as("its keep-alive connection is closed").isTrue();
        }
        assertThatThrownBy(() -> pki.partnerClient(stolenStore, partnerPort).get(UNKNOWN_REPORT))
                .as("a new handshake is refused").isInstanceOf(SSLException.class);
        assertThat(pki.partnerClient(nl, partnerPort).get(UNKNOWN_REPORT).statusCode())
                .as("the partner's other certificate still gets in").isEqualTo(404);
        assertThat(cli("certs", "blocked").out()).contains(sha256, "key reported stolen");

        Cli unblocked = cli("certs", "unblock", sha256, "--reason", "false alarm");
        assertThat(unblocked.exit()).as(unblocked.err()).isZero();
        assertThat(pki.partnerClient(stolenStore, partnerPort).get(UNKNOWN_REPORT).statusCode()).isEqualTo(404);
        assertThat(ops("/ops/api/audit").body()).contains("CERTIFICATE_BLOCKED", "CERTIFICATE_UNBLOCKED", sha256, OPS_USER);
    }

    @Test
    void blockingNeedsAReasonAndAFingerprint() throws Exception {
        assertThat(cli("certs", "block", "AB:CD", "--reason", "x").exit()).isEqualTo(OpsCli.EXIT_FAILED);
        assertThat(cli("certs", "block", BoundaryPki.pinned(deOld)).exit()).isEqualTo(OpsCli.EXIT_USAGE);
    }

    @Test
    void aChangedRegistryFileIsTakenWithoutARestartAndAnInvalidOneChangesNothing() throws Exception {
        assertThat(pki.partnerClient(at, partnerPort).get(UNKNOWN_REPORT).statusCode()).isEqualTo(403);

        pki.writeRegistry(registry(pki.hotline("at-hotline", "AT", BoundaryPki.AT, "")));
        pki.awaitStatus(at, partnerPort, UNKNOWN_REPORT, 404);

        pki.writeRegistry(registry(pki.hotline("at-hotline", "AT", BoundaryPki.AT, ", revocation: sometimes")));
        Cli reload = cli("partners", "reload");
        assertThat(reload.exit()).isEqualTo(OpsCli.EXIT_FAILED);
        assertThat(reload.err()).contains("revocation", "previous one stays in force");
        assertThat(pki.partnerClient(at, partnerPort).get(UNKNOWN_REPORT).statusCode()).as("old registry in force").isEqualTo(404);
        HttpResponse<String> ready = ops("/ops/health/ready");
        assertThat(ready.statusCode()).as("a warning, the gateway still serves").isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"partner-registry\",\"status\":\"WARN\"", "revocation");

        pki.writeRegistry(registry(pki.hotline("at-hotline", "AT", BoundaryPki.AT, ", enabled: false")));
        Cli fixed = cli("partners", "reload");
        assertThat(fixed.exit()).as(fixed.err()).isZero();
        assertThat(pki.partnerClient(at, partnerPort).get(UNKNOWN_REPORT).statusCode()).isEqualTo(403);
        assertThat(ops("/ops/api/audit").body()).contains("PARTNERS_RELOADED", "PARTNERS_RELOAD_FAILED");
    }

    @Test
    void aCertificateForServersOnlyWithAPartnersNameIsRefusedInTheHandshake() {
        Path serverOnly = pki.keyStore("nl-server", pki.ca.issueServer(BoundaryPki.NL, List.of("nl.test"), List.of(),
                BoundaryPki.yesterday(), BoundaryPki.inDays(30)));
        assertThatThrownBy(() -> pki.partnerClient(serverOnly, partnerPort).get(UNKNOWN_REPORT)).isInstanceOf(SSLException.class);
    }

    @Test
    void aCaCertificateWithAPartnersNameIsRefusedInTheHandshake() {
        Path caWithName = pki.keyStore("nl-ca", OddCertificates.caCertificate(pki.ca, BoundaryPki.NL,
                BoundaryPki.yesterday(), BoundaryPki.inDays(30)));
        assertThatThrownBy(() -> pki.partnerClient(caWithName, partnerPort).get(UNKNOWN_REPORT)).isInstanceOf(SSLException.class);
    }

    private record Cli(int exit, String out, String err) {
    }

    private Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = OpsCli.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length),
                Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + opsPort, "GATEWAY_OPS_USER", OPS_USER,
                        "GATEWAY_OPS_PASSWORD", OPS_PASSWORD),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> ops(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((OPS_USER + ":" + OPS_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    private static String colons(String sha256) {
        return sha256.replaceAll("(..)(?!$)", "$1:");
    }
}
