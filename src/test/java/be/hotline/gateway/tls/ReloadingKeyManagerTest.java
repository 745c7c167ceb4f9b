package be.hotline.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.access.WeakCertificates;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.Pkcs12Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's own key, taken again from its file when the file changes, and only when the new file is usable. */
class ReloadingKeyManagerTest {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final Instant FROM = Instant.now().minus(Duration.ofDays(1));
    private static final Instant TO = Instant.now().plus(Duration.ofDays(30));
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Own Keys Test CA,C=BE", FROM, TO);
    private final IssuedCertificate old = server();
    private final IssuedCertificate next = server();

    @TempDir
    Path folder;

    @Test
    void aChangedFileIsPresentedByTheNextHandshakeAndAnAliasHandedOutBeforeStillResolves() throws Exception {
        Path file = write("gateway.p12", old);
        ReloadingKeyManager keys = new ReloadingKeyManager("test server certificate", file, PASSWORD, Clock.systemUTC());
        String aliasBefore = keys.chooseServerAlias("EC", null, null);
        assertThat(keys.getCertificateChain(aliasBefore)[0]).isEqualTo(old.certificate());
        assertThat(keys.reloadIfChanged()).as("nothing changed").isFalse();

        replace(file, write("next.p12", next));

        assertThat(keys.reloadIfChanged()).isTrue();
        assertThat(keys.certificate()).isEqualTo(next.certificate());
        String aliasAfter = keys.chooseServerAlias("EC", null, null);
        assertThat(keys.getCertificateChain(aliasAfter)[0]).isEqualTo(next.certificate());
        assertThat(keys.getPrivateKey(aliasAfter)).isEqualTo(next.privateKey());
        assertThat(keys.getCertificateChain(aliasBefore)[0]).as("a handshake under way keeps its key").isEqualTo(old.certificate());
        assertThat(keys.getPrivateKey(aliasBefore)).isEqualTo(old.privateKey());
    }

    @Test
    void anUnusableFileChangesNothing() throws Exception {
        Path file = write("gateway.p12", old);
        ReloadingKeyManager keys = new ReloadingKeyManager("test client certificate", file, PASSWORD, Clock.systemUTC());

        Files.writeString(file, "not a keystore");
        assertThat(keys.reloadIfChanged()).isFalse();
        replace(file, write("expired.p12", ca.issueServerAndClient("CN=gateway.test", List.of("localhost"), List.of(),
                FROM.minus(Duration.ofDays(9)), FROM)));
        assertThat(keys.reloadIfChanged()).as("a certificate not valid now").isFalse();
        replace(file, write("weak.p12", WeakCertificates.client(ca, "CN=gateway.test", WeakCertificates.rsa(1024),
                "SHA256withECDSA", FROM, TO)));
        assertThat(keys.reloadIfChanged()).as("an RSA 1024 key").isFalse();

        assertThat(keys.certificate()).isEqualTo(old.certificate());
        assertThat(keys.getCertificateChain(keys.chooseClientAlias(new String[] {"EC"}, null, null))[0])
                .isEqualTo(old.certificate());

        replace(file, write("next.p12", next));
        assertThat(keys.reloadIfChanged()).as("a good file after bad ones").isTrue();
        assertThat(keys.certificate()).isEqualTo(next.certificate());
    }

    @Test
    void anUnusableFileStopsTheStart() throws Exception {
        Path file = folder.resolve("absent.p12");
        assertThatThrownBy(() -> new ReloadingKeyManager("test server certificate", file, PASSWORD, Clock.systemUTC()))
                .hasMessageContaining("absent.p12");
        Path wrongPassword = write("gateway.p12", old);
        assertThatThrownBy(() -> new ReloadingKeyManager("test server certificate", wrongPassword, "other".toCharArray(),
                Clock.systemUTC())).hasMessageContaining("test server certificate keystore");
    }

    private IssuedCertificate server() {
        return ca.issueServerAndClient("CN=gateway.test", List.of("localhost"), List.of("127.0.0.1"), FROM, TO);
    }

    private Path write(String name, IssuedCertificate issued) throws Exception {
        Path file = folder.resolve(name);
        Pkcs12Writer.write(file, "gateway", issued, PASSWORD);
        return file;
    }

    /** As an operator should: the new file moved into place in one step. */
    private static void replace(Path target, Path source) throws Exception {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
