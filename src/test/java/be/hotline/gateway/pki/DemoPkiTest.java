package be.hotline.gateway.pki;

import static be.hotline.gateway.pki.PkiTestSupport.CLIENT_AUTH;
import static be.hotline.gateway.pki.PkiTestSupport.SERVER_AUTH;
import static be.hotline.gateway.pki.PkiTestSupport.keyMatchesCertificate;
import static be.hotline.gateway.pki.PkiTestSupport.loadKeyStore;
import static be.hotline.gateway.pki.PkiTestSupport.readCertificate;
import static be.hotline.gateway.pki.PkiTestSupport.readPrivateKey;
import static be.hotline.gateway.pki.PkiTestSupport.relativeFileNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPkiTest {

    private static final char[] PASSWORD = "demo-only".toCharArray();
    /** Has a fraction of a second on purpose: certificates keep whole seconds. */
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.750Z");
    private static final Instant NOT_BEFORE = Instant.parse("2026-02-28T10:15:30Z");

    @TempDir
    static Path dir;
    private static DemoPkiLayout layout;
    private static X509Certificate root;

    @BeforeAll
    static void generate() throws Exception {
        layout = DemoPki.init(dir, PASSWORD, Clock.fixed(NOW, ZoneOffset.UTC));
        root = readCertificate(layout.rootCaCertificate());
    }

    @Test
    void writesExactlyTheFilesOfTheLayout() throws Exception {
        assertThat(relativeFileNames(dir)).containsExactlyElementsOf(
                layout.files().stream().map(layout::relativeName).sorted().collect(Collectors.toList()));
        // 26 for root, gateway, its signing key and five partners; 5 for each of the four receivers' CA and server.
        assertThat(layout.files()).hasSize(46);
        assertThat(layout.partnerKeyStores()).containsOnlyKeys(
                "nl-hotline", "de-hotline", "police-fccu", "police-thb", "case-management");
        assertThat(layout.receivers()).containsOnlyKeys("nl-hotline", "de-hotline", "police-fccu", "police-thb");
        assertThat(layout.receivers().get("de-hotline").serverKeyStore())
                .isEqualTo(dir.resolve("partners/de-hotline-server.p12"));
        assertThat(layout.receivers().get("de-hotline").serverCaCertificate())
                .isEqualTo(dir.resolve("partners/de-hotline-server-ca.crt"));
    }

    @Test
    void eachReceiverHasACaOfItsOwnThatMaySignOnlyCertificatesAndCrls() throws Exception {
        for (DemoPkiLayout.ReceiverFiles receiver : layout.receivers().values()) {
            X509Certificate ca = readCertificate(receiver.serverCaCertificate());
            ca.verify(ca.getPublicKey());
            assertThat(ca.getSubjectX500Principal()).isEqualTo(ca.getIssuerX500Principal())
                    .isNotEqualTo(root.getSubjectX500Principal());
            assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
            assertThat(ca.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false);
            assertThat(ca.getNotAfter()).isEqualTo(root.getNotAfter());
            assertThat(keyMatchesCertificate(readPrivateKey(receiver.serverCaPrivateKey()), ca)).isTrue();
        }
    }

    @Test
    void receiversHaveALocalhostServerCertificateFromTheirOwnCaOnly() throws Exception {
        for (DemoPartner partner : DemoPartner.values()) {
            DemoPkiLayout.ReceiverFiles receiver = layout.receivers().get(partner.fileBaseName());
            if (!partner.receivesDeliveries()) {
                assertThat(receiver).as(partner.fileBaseName()).isNull();
                continue;
            }
            X509Certificate server = readCertificate(receiver.serverCertificate());
            X509Certificate ownCa = readCertificate(receiver.serverCaCertificate());
            assertThat(server.getSubjectX500Principal().getName()).isEqualTo(partner.serverDistinguishedName())
                    .startsWith("CN=localhost,");
            assertThat(server.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                    List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
            assertThat(server.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
            assertThat(server.getBasicConstraints()).isEqualTo(-1);
            assertThat(server.getNotBefore()).isEqualTo(Date.from(NOT_BEFORE));
            assertThat(server.getNotAfter()).isEqualTo(Date.from(NOT_BEFORE.plus(Duration.ofDays(825))));
            PkiTestSupport.validateChain(server, ownCa, Date.from(NOW));
            assertThatThrownBy(() -> PkiTestSupport.validateChain(server, root, Date.from(NOW)))
                    .as("%s's server certificate does not chain to the demo root", partner.fileBaseName())
                    .isInstanceOf(CertPathValidatorException.class);
            assertThat(keyMatchesCertificate(readPrivateKey(receiver.serverPrivateKey()), server)).isTrue();

            KeyStore keyStore = loadKeyStore(receiver.serverKeyStore(), PASSWORD);
            String alias = partner.serverFileBaseName();
            assertThat(Collections.list(keyStore.aliases())).containsExactly(alias);
            assertThat(keyStore.getCertificateChain(alias)).containsExactly(server, ownCa);
            assertThat(keyMatchesCertificate((PrivateKey) keyStore.getKey(alias, PASSWORD), server)).isTrue();
        }
    }

    @Test
    void receiversDoNotShareACa() throws Exception {
        List<X509Certificate> cas = new ArrayList<>();
        for (DemoPkiLayout.ReceiverFiles receiver : layout.receivers().values()) {
            cas.add(readCertificate(receiver.serverCaCertificate()));
        }
        assertThat(cas).extracting(X509Certificate::getPublicKey).doesNotHaveDuplicates();
        assertThat(cas).extracting(ca -> ca.getSubjectX500Principal().getName()).doesNotHaveDuplicates();
    }

    @Test
    void rootIsASelfSignedCaThatMaySignOnlyCertificatesAndCrls() throws Exception {
        assertThat(root.getSubjectX500Principal().getName()).isEqualTo(DemoPki.ROOT_CA_DN);
        assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        root.verify(root.getPublicKey());
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false);
        assertThat(root.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
        assertThat(root.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(root.getNotBefore()).isEqualTo(Date.from(NOT_BEFORE));
        assertThat(root.getNotAfter()).isEqualTo(Date.from(Instant.parse("2036-02-28T10:15:30Z")));
    }

    @Test
    void everyLeafChainsToTheRootAndIsAnEndEntity() throws Exception {
        byte[] rootKeyId = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                root.getExtensionValue("2.5.29.14"))).getKeyIdentifier();
        for (Path file : leafCertificates()) {
            X509Certificate leaf = readCertificate(file);
            PkiTestSupport.validateChain(leaf, root, Date.from(NOW));
            assertThat(leaf.getBasicConstraints()).as(file.toString()).isEqualTo(-1);
            assertThat(leaf.getKeyUsage()).as(file.toString())
                    .containsExactly(true, false, false, false, false, false, false, false, false);
            assertThat(AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                    leaf.getExtensionValue("2.5.29.35"))).getKeyIdentifierObject().getOctets()).isEqualTo(rootKeyId);
            assertThat(leaf.getNotBefore()).isEqualTo(Date.from(NOT_BEFORE));
            assertThat(leaf.getNotAfter()).isEqualTo(Date.from(NOT_BEFORE.plus(Duration.ofDays(825))));
        }
    }

    @Test
    void gatewayIsLocalhostForServersAndClients() throws Exception {
        X509Certificate gateway = readCertificate(layout.gatewayCertificate());

        assertThat(gateway.getSubjectX500Principal().getName()).isEqualTo(DemoPki.GATEWAY_DN).startsWith("CN=localhost,");
        assertThat(gateway.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
        assertThat(gateway.getExtendedKeyUsage()).containsExactlyInAnyOrder(SERVER_AUTH, CLIENT_AUTH);
    }

    @Test
    void theSigningKeyIsAKeyOfItsOwnForSignaturesOnly() throws Exception {
        X509Certificate signing = readCertificate(layout.signingCertificate());
        X509Certificate gateway = readCertificate(layout.gatewayCertificate());

        assertThat(signing.getSubjectX500Principal().getName()).isEqualTo(DemoPki.SIGNING_DN);
        assertThat(signing.getPublicKey()).isNotEqualTo(gateway.getPublicKey());
        // digitalSignature and nonRepudiation only; no extended key usage (openssl cms -verify takes it as is).
        assertThat(signing.getKeyUsage()).startsWith(true, true, false, false, false, false, false);
        assertThat(signing.getExtendedKeyUsage()).isNull();
        assertThat(signing.getBasicConstraints()).isEqualTo(-1);
        assertThat(be.hotline.gateway.access.CertificatePurpose.signingRefusal(signing)).isEmpty();
        assertThat(be.hotline.gateway.access.CertificatePurpose.signingRefusal(gateway)).isPresent();
    }

    @Test
    void partnersHaveTheirOwnClientCertificates() throws Exception {
        for (DemoPartner partner : DemoPartner.values()) {
            X509Certificate certificate = readCertificate(layout.partnerCertificates().get(partner.fileBaseName()));
            assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo(partner.distinguishedName());
            assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        }
    }

    @Test
    void keyStoresOpenWithThePasswordAndHoldKeyAndChainOfTwo() throws Exception {
        Map<String, Path> keyStores = new TreeMap<>(layout.partnerKeyStores());
        keyStores.put(DemoPkiLayout.GATEWAY_ALIAS, layout.gatewayKeyStore());
        for (Map.Entry<String, Path> entry : keyStores.entrySet()) {
            KeyStore keyStore = loadKeyStore(entry.getValue(), PASSWORD);
            String alias = entry.getKey();
            assertThat(Collections.list(keyStore.aliases())).containsExactly(alias);
            Certificate[] chain = keyStore.getCertificateChain(alias);
            assertThat(chain).hasSize(2);
            assertThat(chain[0]).isEqualTo(readCertificate(entry.getValue().resolveSibling(alias + ".crt")));
            assertThat(chain[1]).isEqualTo(root);
            PrivateKey key = (PrivateKey) keyStore.getKey(alias, PASSWORD);
            assertThat(keyMatchesCertificate(key, (X509Certificate) chain[0])).as(alias).isTrue();
        }
    }

    @Test
    void pemKeysMatchTheirCertificatesAndOnlyTheOwnerMayReadThem() throws Exception {
        List<Path> keys = new ArrayList<>(layout.partnerPrivateKeys().values());
        keys.add(layout.gatewayPrivateKey());
        keys.add(layout.rootCaPrivateKey());
        layout.receivers().values().forEach(receiver -> keys.addAll(
                List.of(receiver.serverCaPrivateKey(), receiver.serverPrivateKey())));
        for (Path keyFile : keys) {
            Path certificateFile = keyFile.resolveSibling(keyFile.getFileName().toString().replace(".key", ".crt"));
            assertThat(keyMatchesCertificate(readPrivateKey(keyFile), readCertificate(certificateFile)))
                    .as(keyFile.toString()).isTrue();
            if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void fingerprintsFileListsTheSha256OfEveryCertificateSorted() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Path file : layout.certificates()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(readCertificate(file).getEncoded());
            expected.add(layout.relativeName(file) + " SHA-256 " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        }
        Collections.sort(expected);

        assertThat(Files.readAllLines(layout.fingerprints())).containsExactlyElementsOf(expected).isSorted();
    }

    @Test
    void readmeAndWarningSayTheKeysArePublicAndHowToRegenerate() throws Exception {
        String readme = Files.readString(layout.readme());
        assertThat(readme).contains("NEVER use for real traffic", "Every private key in this folder is public",
                "./gateway certs init --out certs-example",
                "java -jar target/hotline-exchange-gateway.jar certs init --out certs-example",
                "password `demo-only`", "ca/demo-root-ca.key", "gateway/gateway.p12", "fingerprints.txt");
        for (DemoPartner partner : DemoPartner.values()) {
            assertThat(readme).contains(partner.fileBaseName(), partner.distinguishedName(), partner.role());
        }
        assertThat(readme).contains("partners/<name>-server.p12", "partners/<name>-server-ca.crt", "outbound.trustedCas",
                "nl-hotline-server.p12", "de-hotline-server.p12", "police-fccu-server.p12",
                "police-thb-server.p12", "docs/api/examples/receiver/README.md").doesNotContain("case-management-server");
        assertThat(Files.readString(layout.warning())).contains("DEMO KEYS - DO NOT USE", "PUBLIC", "certs init");
    }

    @Test
    void aCustomPasswordProtectsTheKeyStoresAndIsNotWrittenDown(@TempDir Path other) throws Exception {
        DemoPkiLayout custom = DemoPki.init(other, "s3cret-pw".toCharArray(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(loadKeyStore(custom.gatewayKeyStore(), "s3cret-pw".toCharArray()).size()).isEqualTo(1);
        assertThat(Files.readString(custom.readme())).doesNotContain("s3cret-pw").doesNotContain("password `demo-only`");
    }

    private static List<Path> leafCertificates() {
        List<Path> leaves = new ArrayList<>(layout.partnerCertificates().values());
        leaves.add(layout.gatewayCertificate());
        return leaves;
    }
}
