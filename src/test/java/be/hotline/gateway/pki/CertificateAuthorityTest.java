package be.hotline.gateway.pki;

import static be.hotline.gateway.pki.PkiTestSupport.CLIENT_AUTH;
import static be.hotline.gateway.pki.PkiTestSupport.SERVER_AUTH;
import static be.hotline.gateway.pki.PkiTestSupport.validateChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.cert.CertPathValidatorException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = FROM.plus(Duration.ofDays(30));
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Test CA,C=BE", FROM, UNTIL.plus(Duration.ofDays(1)));

    @Test
    void serverCertificateIsForServersOnlyAndCarriesItsNames() throws Exception {
        X509Certificate server = ca.issueServer("CN=server.test", List.of("server.test"), List.of("10.0.0.1"), FROM, UNTIL)
                .certificate();

        assertThat(server.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(server.getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(2, "server.test"), List.of(7, "10.0.0.1"));
        assertThat(server.getBasicConstraints()).isEqualTo(-1);
        assertThat(server.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
    }

    @Test
    void clientCertificateIsForClientsOnlyAndHasNoAlternativeNames() throws Exception {
        IssuedCertificate client = ca.issueClient("CN=client.test", FROM, UNTIL);

        assertThat(client.certificate().getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(client.certificate().getSubjectAlternativeNames()).isNull();
        assertThat(client.chain()).containsExactly(client.certificate(), ca.certificate());
        assertThat(client.certificate().getNotBefore()).isEqualTo(Date.from(FROM));
        assertThat(client.certificate().getNotAfter()).isEqualTo(Date.from(UNTIL));
    }

    @Test
    void serialNumbersArePositiveAtMost128BitsAndDistinct() {
        Set<BigInteger> serials = new HashSet<>();
        serials.add(ca.certificate().getSerialNumber());
        for (int i = 0; i < 20; i++) {
            serials.add(ca.issueClient("CN=c" + i, FROM, UNTIL).certificate().getSerialNumber());
        }
        assertThat(serials).hasSize(21).allSatisfy(serial -> {
            assertThat(serial.signum()).isPositive();
            assertThat(serial.bitLength()).isLessThanOrEqualTo(128);
        });
    }

    @Test
    void leafOfAnotherCaDoesNotValidateAgainstThisRoot() {
        CertificateAuthority other = CertificateAuthority.createRoot("CN=Test CA,C=BE", FROM, UNTIL);
        X509Certificate stranger = other.issueClient("CN=stranger", FROM, UNTIL).certificate();

        assertThatThrownBy(() -> validateChain(stranger, ca.certificate(), Date.from(FROM.plusSeconds(60))))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void rejectsInvertedValidityAndNonLiteralIpAddresses() {
        assertThatThrownBy(() -> ca.issueClient("CN=c", UNTIL, FROM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issueServer("CN=s", List.of(), List.of("localhost"), FROM, UNTIL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("localhost");
    }
}
