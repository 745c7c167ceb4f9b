package be.hotline.gateway.partner;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Fresh certificates with chosen validity, partners trusting them, and a directory at a fixed "now". */
final class TestPki {

    static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration DAY = Duration.ofDays(1);
    static final String CA_DN = "CN=Test Partner Root CA,O=Test,C=NL";
    static final String PARTNER_DN = "CN=nl-hotline.test,O=Test Meldpunt,C=NL";

    private TestPki() {
    }

    static CertificateAuthority rootCa(String distinguishedName) {
        return CertificateAuthority.createRoot(distinguishedName, NOW.minus(DAY.multipliedBy(365)), NOW.plus(DAY.multipliedBy(3650)));
    }

    static IssuedCertificate validClient(CertificateAuthority ca, String distinguishedName) {
        return ca.issueClient(distinguishedName, NOW.minus(DAY), NOW.plus(DAY));
    }

    static X509Certificate[] chainOf(IssuedCertificate issued) {
        return issued.chain().toArray(X509Certificate[]::new);
    }

    static Partner partner(String id, X509Certificate trustedCa, CertificateIdentity identity) {
        return new Partner(id, "Test " + id, PartnerKind.HOTLINE, "NL", true, List.of(identity), List.of(trustedCa),
                Optional.empty());
    }

    static PartnerDirectory directoryOf(Partner... partners) {
        return new PartnerDirectory(List.of(partners), CLOCK);
    }

    static X509Certificate readPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
