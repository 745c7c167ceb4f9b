package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.tls.OwnKeyUse;
import be.hotline.gateway.tls.ReloadingKeyManager;
import be.hotline.gateway.support.KeystoreFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own certificates' expiry is the one of the key in force, not of whatever file lies where it was read from. */
class CertificateExpiryTest {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final Instant FROM = Instant.now().minus(Duration.ofDays(1));
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Expiry Test CA,C=BE", FROM,
            FROM.plus(Duration.ofDays(900)));

    @TempDir
    Path folder;

    @Test
    void aRefusedFileDoesNotChangeTheExpiryShownAndATakenOneDoes() throws Exception {
        Path file = write("gateway.p12", ca.issueServer("CN=in-force.test", List.of("localhost"), List.of(), FROM,
                FROM.plus(Duration.ofDays(61))));
        ReloadingKeyManager key = new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, file, PASSWORD,
                Clock.systemUTC());
        CertificateExpiry expiry = new CertificateExpiry(List.of(new CertificateExpiry.OwnKey("gateway (partner API)",
                key::chain)), new PartnerDirectory(List.of(), Clock.systemUTC()), Clock.systemUTC());

        // a client-only certificate is refused for the server key: the one in force (60 days) is still what counts
        replace(file, write("refused.p12", ca.issueClient("CN=refused.test", FROM, FROM.plus(Duration.ofDays(401)))));
        assertThat(key.reloadIfChanged()).isFalse();
        assertThat(own(expiry)).extracting(CertificateStatus::subject, CertificateStatus::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN=in-force.test", 59L));

        replace(file, write("taken.p12", ca.issueServer("CN=taken.test", List.of("localhost"), List.of(), FROM,
                FROM.plus(Duration.ofDays(401)))));
        assertThat(key.reloadIfChanged()).isTrue();
        assertThat(own(expiry)).extracting(CertificateStatus::subject, CertificateStatus::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN=taken.test", 399L));
    }

    /** The leaf only: the CA of the chain is listed too. */
    private List<CertificateStatus> own(CertificateExpiry expiry) {
        return expiry.statuses().stream().filter(status -> !status.subject().contains("Expiry Test CA")).toList();
    }

    private Path write(String name, IssuedCertificate issued) throws Exception {
        return KeystoreFiles.write(folder, name, issued, PASSWORD);
    }

    private static void replace(Path target, Path source) throws Exception {
        KeystoreFiles.replace(target, source);
    }
}
