package be.hotline.gateway.pki;

import be.hotline.gateway.partner.Fingerprints;
import static be.hotline.gateway.pki.PkiTestSupport.readCertificate;
import static be.hotline.gateway.pki.PkiTestSupport.relativeFileNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the committed {@code certs-example/} folder is the output of {@code certs init}: same
 * files as a fresh run, and consistent in itself. Regenerate it with
 * {@code certs init --out certs-example --force} whenever the layout changes.
 */
class CommittedCertsExampleTest {

    /** Maven runs tests from the project root. */
    private static final DemoPkiLayout COMMITTED = DemoPkiLayout.of(Path.of("certs-example"));
    private static final char[] PASSWORD = DemoPki.DEFAULT_PASSWORD.toCharArray();

    @Test
    void hasTheSameFilesAsAFreshGeneration(@TempDir Path fresh) throws Exception {
        DemoPki.init(fresh, PASSWORD, Clock.systemUTC());

        assertThat(COMMITTED.directory()).isDirectory();
        assertThat(relativeFileNames(COMMITTED.directory())).isEqualTo(relativeFileNames(fresh));
        assertThat(Files.readString(COMMITTED.readme()).replace("\r\n", "\n"))
                .isEqualTo(generatedReadmeFor(readCertificate(COMMITTED.gatewayCertificate()),
                        readCertificate(COMMITTED.rootCaCertificate())));
    }

    @Test
    void everyCommittedCertificateChainsToTheCommittedRoot() throws Exception {
        X509Certificate root = readCertificate(COMMITTED.rootCaCertificate());
        List<Path> leaves = new ArrayList<>(COMMITTED.partnerCertificates().values());
        leaves.add(COMMITTED.gatewayCertificate());
        leaves.add(COMMITTED.signingCertificate());
        for (Path file : leaves) {
            X509Certificate leaf = readCertificate(file);
            // Validated at issue time, not today, so the build does not break the day the demo certificates expire.
            PkiTestSupport.validateChain(leaf, root, leaf.getNotBefore());
        }
    }

    @Test
    void everyCommittedServerCertificateChainsToItsReceiversCommittedCa() throws Exception {
        assertThat(COMMITTED.receivers()).isNotEmpty();
        for (DemoPkiLayout.ReceiverFiles receiver : COMMITTED.receivers().values()) {
            X509Certificate server = readCertificate(receiver.serverCertificate());
            PkiTestSupport.validateChain(server, readCertificate(receiver.serverCaCertificate()), server.getNotBefore());
            assertThat(PkiTestSupport.keyMatchesCertificate(PkiTestSupport.readPrivateKey(receiver.serverPrivateKey()),
                    server)).isTrue();
            assertThat(PkiTestSupport.keyMatchesCertificate(PkiTestSupport.readPrivateKey(receiver.serverCaPrivateKey()),
                    readCertificate(receiver.serverCaCertificate()))).isTrue();
            String alias = receiver.serverKeyStore().getFileName().toString().replace(".p12", "");
            KeyStore keyStore = PkiTestSupport.loadKeyStore(receiver.serverKeyStore(), PASSWORD);
            assertThat(keyStore.getCertificate(alias)).isEqualTo(server);
            assertThat(PkiTestSupport.keyMatchesCertificate((PrivateKey) keyStore.getKey(alias, PASSWORD), server)).isTrue();
        }
    }

    @Test
    void committedKeysKeyStoresAndFingerprintsBelongToTheCommittedCertificates() throws Exception {
        Map<String, Path> keyStores = new TreeMap<>(COMMITTED.partnerKeyStores());
        keyStores.put(DemoPkiLayout.GATEWAY_ALIAS, COMMITTED.gatewayKeyStore());
        keyStores.put(DemoPkiLayout.SIGNING_ALIAS, COMMITTED.signingKeyStore());
        for (Map.Entry<String, Path> entry : keyStores.entrySet()) {
            X509Certificate certificate = readCertificate(entry.getValue().resolveSibling(entry.getKey() + ".crt"));
            KeyStore keyStore = PkiTestSupport.loadKeyStore(entry.getValue(), PASSWORD);
            assertThat(keyStore.getCertificate(entry.getKey())).isEqualTo(certificate);
            assertThat(PkiTestSupport.keyMatchesCertificate((PrivateKey) keyStore.getKey(entry.getKey(), PASSWORD),
                    certificate)).isTrue();
            PrivateKey pemKey = PkiTestSupport.readPrivateKey(entry.getValue().resolveSibling(entry.getKey() + ".key"));
            assertThat(PkiTestSupport.keyMatchesCertificate(pemKey, certificate)).isTrue();
        }
        assertThat(PkiTestSupport.keyMatchesCertificate(PkiTestSupport.readPrivateKey(COMMITTED.rootCaPrivateKey()),
                readCertificate(COMMITTED.rootCaCertificate()))).isTrue();

        List<String> expected = new ArrayList<>();
        for (Path file : COMMITTED.certificates()) {
            expected.add(COMMITTED.relativeName(file) + " SHA-256 " + Fingerprints.sha256WithColons(readCertificate(file)));
        }
        Collections.sort(expected);
        assertThat(Files.readAllLines(COMMITTED.fingerprints())).containsExactlyElementsOf(expected);
    }

    /** The README the generator writes for these validity dates, so a hand-edited README is caught too. */
    private static String generatedReadmeFor(X509Certificate leaf, X509Certificate root) {
        return new DemoPkiReadme(true, leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(),
                root.getNotAfter().toInstant()).readme();
    }
}
