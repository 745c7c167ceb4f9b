package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.partner.Fingerprints;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** gateway.ops.client-certificates: which certificate signs in which ops user, and what stops the start. */
class CertificateUsersTest {

    private static final OpsUsers USERS = OpsUsers.parse(OpsUsersForTests.SETTING);
    private static final X509Certificate NL = certificate("nl-hotline");
    private static final X509Certificate DE = certificate("de-hotline");
    private static final X509Certificate POLICE = certificate("police-fccu");

    @Test
    void aFingerprintAsOpensslPrintsItOrPlainInAnyCaseMapsItsCertificateToTheUser() {
        CertificateUsers mapped = CertificateUsers.parse("alice:" + Fingerprints.sha256WithColons(NL) + ", bob: "
                + Fingerprints.sha256(DE).toLowerCase(Locale.ROOT) + ",alice:" + Fingerprints.sha256(POLICE), USERS);
        assertThat(mapped.userOf(NL)).contains("alice");
        assertThat(mapped.userOf(DE)).contains("bob");
        assertThat(mapped.userOf(POLICE)).as("a second certificate, e.g. during a rollover").contains("alice");
        assertThat(CertificateUsers.parse("alice:" + Fingerprints.sha256(NL), USERS).userOf(DE)).isEmpty();
        assertThat(CertificateUsers.parse("", USERS).isEmpty()).isTrue();
    }

    @Test
    void aMistakeStopsTheStartNamingTheEntry() {
        assertThatThrownBy(() -> CertificateUsers.parse("alice:ABCD", USERS)).hasMessageContaining("alice:ABCD");
        assertThatThrownBy(() -> CertificateUsers.parse(Fingerprints.sha256(NL), USERS)).hasMessageContaining("expected user:");
        assertThatThrownBy(() -> CertificateUsers.parse("mallory:" + Fingerprints.sha256(NL), USERS))
                .hasMessageContaining("mallory is not an ops user");
        assertThatThrownBy(() -> CertificateUsers.parse("alice:" + Fingerprints.sha256(NL) + ",bob:" + Fingerprints.sha256(NL),
                USERS)).hasMessageContaining("both alice and bob");
    }

    private static X509Certificate certificate(String partner) {
        try (InputStream in = Files.newInputStream(Path.of("certs-example/partners", partner + ".crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
