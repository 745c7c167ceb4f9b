package be.hotline.gateway.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.pki.DemoPki;
import be.hotline.gateway.pki.DemoPkiLayout;
import be.hotline.gateway.tls.OwnKeyUse;
import be.hotline.gateway.tls.ReloadingKeyManager;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signature the gateway makes is what openssl verifies against the demo root, and only over the exact bytes. */
class CmsSignerTest {

    private static final Path DEMO_ROOT = Path.of("certs-example/ca/demo-root-ca.crt");
    private static final char[] PASSWORD = "demo-only".toCharArray();

    private final CmsSigner signer = new CmsSigner(new ReloadingKeyManager("signing certificate", OwnKeyUse.SIGNING,
            Path.of("certs-example/gateway/gateway-signing.p12"), PASSWORD, Clock.systemUTC()));

    @TempDir
    Path folder;

    @Test
    void opensslVerifiesTheDetachedSignatureOverTheExactBodyAndRefusesAnyOther() throws Exception {
        byte[] body = "{\"reference\":\"HX-7K2M9Q4TZ8D1XW0B5N3R\",\"status\":\"ROUTED\"}".getBytes(StandardCharsets.UTF_8);
        Path content = Files.write(folder.resolve("body.json"), body);
        Path signature = Files.write(folder.resolve("sig.der"), signer.sign(body));
        Path changed = Files.write(folder.resolve("changed.json"), "{\"reference\":\"HX-7K2M9Q4TZ8D1XW0B5N3S\",\"status\":\"ROUTED\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(opensslVerify(content, signature)).as("the exact body").isZero();
        assertThat(opensslVerify(changed, signature)).as("one character changed").isNotZero();
    }

    @Test
    void eachSignatureStatesTheTimeItWasMade() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant signedAt = signingTime(signer.sign(new byte[] {1}));
        Instant after = Instant.now();

        assertThat(signedAt).isBetween(before, after);
        Thread.sleep(1_100);
        assertThat(signingTime(signer.sign(new byte[] {1}))).as("a second later").isAfter(signedAt);
    }

    @Test
    void aReplacedSigningKeyStoreSignsFromTheNextSignatureOnInEveryThread() throws Exception {
        Path keystore = Files.copy(Path.of("certs-example/gateway/gateway-signing.p12"), folder.resolve("signing.p12"));
        ReloadingKeyManager key = new ReloadingKeyManager("signing certificate", OwnKeyUse.SIGNING, keystore, PASSWORD,
                Clock.systemUTC());
        CmsSigner reloading = new CmsSigner(key);
        BigInteger demoSerial = signerSerial(reloading.sign(new byte[] {1}));
        ExecutorService otherThread = Executors.newSingleThreadExecutor();
        try {
            assertThat(signerSerial(otherThread.submit(() -> reloading.sign(new byte[] {2})).get())).isEqualTo(demoSerial);

            DemoPkiLayout another = DemoPki.init(folder.resolve("another"), PASSWORD, Clock.systemUTC());
            Files.copy(another.signingKeyStore(), keystore, StandardCopyOption.REPLACE_EXISTING);
            assertThat(key.reloadIfChanged()).isTrue();

            BigInteger newSerial = key.certificate().getSerialNumber();
            assertThat(newSerial).isNotEqualTo(demoSerial);
            assertThat(signerSerial(reloading.sign(new byte[] {1}))).isEqualTo(newSerial);
            assertThat(signerSerial(otherThread.submit(() -> reloading.sign(new byte[] {2})).get())).isEqualTo(newSerial);
        } finally {
            otherThread.shutdownNow();
        }
    }

    @Test
    void theTlsKeyCannotBeTheSigningKey() {
        assertThatThrownBy(() -> new ReloadingKeyManager("signing certificate", OwnKeyUse.SIGNING,
                Path.of("certs-example/gateway/gateway.p12"), PASSWORD, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("extendedKeyUsage does not include emailProtection");
    }

    private static SignerInformation onlySigner(byte[] signature) throws Exception {
        return new CMSSignedData(signature).getSignerInfos().getSigners().iterator().next();
    }

    private static Instant signingTime(byte[] signature) throws Exception {
        Attribute attribute = onlySigner(signature).getSignedAttributes().get(CMSAttributes.signingTime);
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static BigInteger signerSerial(byte[] signature) throws Exception {
        return onlySigner(signature).getSID().getSerialNumber();
    }

    private int opensslVerify(Path content, Path signature) throws Exception {
        Process openssl = new ProcessBuilder(List.of("openssl", "cms", "-verify", "-inform", "DER", "-binary",
                "-content", content.toString(), "-in", signature.toString(), "-CAfile", DEMO_ROOT.toString(), "-out", "/dev/null"))
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return openssl.exitValue();
    }
}
