package be.hotline.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.access.WeakCertificates;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.support.KeystoreFiles;
import be.hotline.gateway.support.OffsetClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's own key, taken again from its file when the file changes, and only when the new file is usable. */
class ReloadingKeyManagerTest {

    private static final String CA_DN = "CN=Own Keys Test CA,C=BE";
    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final Instant FROM = Instant.now().minus(Duration.ofDays(1));
    private static final Instant TO = Instant.now().plus(Duration.ofDays(30));
    private final CertificateAuthority ca = CertificateAuthority.createRoot(CA_DN, FROM, TO);
    private final IssuedCertificate old = server();
    private final IssuedCertificate next = server();

    @TempDir
    Path folder;

    @Test
    void aChangedFileIsPresentedByTheNextHandshakeAndAnAliasHandedOutBeforeStillResolves() throws Exception {
        Path file = write("gateway.p12", old);
        ReloadingKeyManager keys = new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, file, PASSWORD, Clock.systemUTC());
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
        ReloadingKeyManager keys = new ReloadingKeyManager("test client certificate", OwnKeyUse.CLIENT, file, PASSWORD, Clock.systemUTC());

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
        assertThatThrownBy(() -> new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, file, PASSWORD, Clock.systemUTC()))
                .hasMessageContaining("absent.p12");
        Path wrongPassword = write("gateway.p12", old);
        assertThatThrownBy(() -> new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, wrongPassword, "other".toCharArray(),
                Clock.systemUTC())).hasMessageContaining("test server certificate keystore");
    }

    @Test
    void aFileIsTakenOnlyWhenFitForItsUseWithItsOwnKeyAndAStrongValidChain() throws Exception {
        Path file = write("gateway.p12", old);
        ReloadingKeyManager keys = new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, file, PASSWORD,
                Clock.systemUTC());

        replace(file, write("client-only.p12", ca.issueClient("CN=gateway.test", FROM, TO)));
        assertThat(keys.reloadIfChanged()).as("a clientAuth-only certificate for the server key").isFalse();
        replace(file, write("other-key.p12", new IssuedCertificate(next.certificate(), old.privateKey(), next.chain())));
        assertThat(keys.reloadIfChanged()).as("a private key that is not the certificate's").isFalse();
        // the CA's own name with a weak key, as a keystore holds it (issuer and subject names link the chain)
        X509Certificate weakRoot = WeakCertificates.root(CA_DN, WeakCertificates.rsa(1024), "SHA256withRSA",
                FROM, TO);
        replace(file, write("weak-chain.p12", new IssuedCertificate(next.certificate(), next.privateKey(),
                List.of(next.certificate(), weakRoot))));
        assertThat(keys.reloadIfChanged()).as("a strong leaf in a chain with an RSA 1024 CA").isFalse();
        X509Certificate expiredCa = WeakCertificates.root(CA_DN, WeakCertificates.ec("secp256r1"), "SHA256withECDSA",
                FROM.minus(Duration.ofDays(9)), FROM);
        replace(file, write("expired-chain.p12", new IssuedCertificate(next.certificate(), next.privateKey(),
                List.of(next.certificate(), expiredCa))));
        assertThat(keys.reloadIfChanged()).as("a valid leaf with an expired CA in its chain").isFalse();
        assertThat(keys.certificate()).isEqualTo(old.certificate());
        assertThat(keys.chain()).isEqualTo(old.chain());

        ReloadingKeyManager client = new ReloadingKeyManager("test client certificate", OwnKeyUse.CLIENT,
                write("client.p12", old), PASSWORD, Clock.systemUTC());
        Path clientFile = folder.resolve("client.p12");
        replace(clientFile, write("server-only.p12", ca.issueServer("CN=gateway.test", List.of("localhost"), List.of(),
                FROM, TO)));
        assertThat(client.reloadIfChanged()).as("a serverAuth-only certificate for the client key").isFalse();
        assertThat(client.certificate()).isEqualTo(old.certificate());
        assertThatThrownBy(() -> new ReloadingKeyManager("test client certificate", OwnKeyUse.CLIENT, clientFile,
                PASSWORD, Clock.systemUTC())).as("nor at start").hasMessageContaining("clientAuth");
    }

    @Test
    void aRefusedFileIsCheckedAgainSoOneNotYetValidIsTakenOnceItIs() throws Exception {
        OffsetClock clock = new OffsetClock();
        Path file = write("gateway.p12", old);
        ReloadingKeyManager keys = new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, file, PASSWORD,
                clock);
        IssuedCertificate soon = ca.issueServerAndClient("CN=gateway.test", List.of("localhost"), List.of(),
                clock.instant().plus(Duration.ofMinutes(5)), TO);
        replace(file, write("soon.p12", soon));

        assertThat(keys.reloadIfChanged()).as("not valid yet").isFalse();
        assertThat(keys.reloadIfChanged()).as("still not valid").isFalse();
        clock.advance(Duration.ofMinutes(6));
        assertThat(keys.reloadIfChanged()).as("the same file, now valid").isTrue();
        assertThat(keys.certificate()).isEqualTo(soon.certificate());
    }

    @Test
    void aFailingReloadActionStopsNeitherTheOthersNorTheReload() throws Exception {
        Path file = write("gateway.p12", old);
        ReloadingKeyManager keys = new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER, file, PASSWORD,
                Clock.systemUTC());
        AtomicInteger ran = new AtomicInteger();
        keys.onReload(() -> {
            throw new IllegalStateException("test: a failing action");
        });
        keys.onReload(ran::incrementAndGet);

        replace(file, write("next.p12", next));

        assertThat(keys.reloadIfChanged()).isTrue();
        assertThat(ran).hasValue(1);
        assertThat(keys.certificate()).isEqualTo(next.certificate());
    }

    @Test
    void eachTlsContextMadeWithTheKeyIsFollowedOnceAndNotKeptWhenUnused() throws Exception {
        ReloadingKeyManager keys = new ReloadingKeyManager("test server certificate", OwnKeyUse.SERVER,
                write("gateway.p12", old), PASSWORD, Clock.systemUTC());
        int actionsBefore = keys.reloadActions();
        var parameters = TlsMaterial.parameters(keys, new NoTrust(), List.of("TLSv1.3"));
        for (int i = 0; i < 20; i++) {
            parameters.createSSLContext(null);
        }
        assertThat(keys.reloadActions()).as("no reload action added per context").isEqualTo(actionsBefore);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (keys.followedSessionCaches() > 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(keys.followedSessionCaches()).as("contexts no longer referenced are let go").isZero();
    }

    private IssuedCertificate server() {
        return ca.issueServerAndClient("CN=gateway.test", List.of("localhost"), List.of("127.0.0.1"), FROM, TO);
    }

    private Path write(String name, IssuedCertificate issued) throws Exception {
        return KeystoreFiles.write(folder, name, issued, PASSWORD);
    }

    private static void replace(Path target, Path source) throws Exception {
        KeystoreFiles.replace(target, source);
    }
}

/** Trusts no one: these tests make contexts but never handshake. */
final class NoTrust implements javax.net.ssl.X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
        throw new java.security.cert.CertificateException("test: trusts no one");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
        throw new java.security.cert.CertificateException("test: trusts no one");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
