package be.hotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.OddCertificates;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which certificates may authenticate a TLS client or server: end-entity ones issued for that purpose only. */
class CertificatePurposeTest {

    private static final Instant FROM = Instant.now().minus(Duration.ofDays(1));
    private static final Instant TO = Instant.now().plus(Duration.ofDays(30));
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Purpose Test CA,C=BE", FROM, TO);

    @Test
    void aClientCertificateMayAuthenticateAClientButNotAServer() {
        X509Certificate client = ca.issueClient("CN=client.test,C=BE", FROM, TO).certificate();
        assertThat(CertificatePurpose.clientRefusal(client)).isEmpty();
        assertThat(CertificatePurpose.serverRefusal(client)).hasValueSatisfying(r -> assertThat(r).contains("serverAuth"));
    }

    @Test
    void aServerCertificateMayAuthenticateAServerButNotAClient() {
        X509Certificate server = ca.issueServer("CN=server.test,C=BE", List.of("server.test"), List.of(), FROM, TO).certificate();
        assertThat(CertificatePurpose.serverRefusal(server)).isEmpty();
        assertThat(CertificatePurpose.clientRefusal(server)).hasValueSatisfying(r -> assertThat(r).contains("clientAuth"));
    }

    @Test
    void aCaCertificateAuthenticatesNobody() {
        X509Certificate subCa = OddCertificates.caCertificate(ca, "CN=client.test,C=BE", FROM, TO).certificate();
        assertThat(CertificatePurpose.clientRefusal(subCa)).hasValueSatisfying(r -> assertThat(r).contains("CA certificate"));
        assertThat(CertificatePurpose.serverRefusal(subCa)).isPresent();
        assertThat(CertificatePurpose.clientRefusal(ca.certificate())).isPresent();
    }

    @Test
    void aClientKeyThatMayNotSignIsRefused() {
        X509Certificate encipherOnly = OddCertificates.keyEnciphermentOnly(ca, "CN=client.test,C=BE", FROM, TO).certificate();
        assertThat(CertificatePurpose.clientRefusal(encipherOnly)).hasValueSatisfying(r -> assertThat(r).contains("digitalSignature"));
    }
}
