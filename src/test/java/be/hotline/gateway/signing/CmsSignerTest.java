package be.hotline.gateway.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.tls.OwnKeyUse;
import be.hotline.gateway.tls.ReloadingKeyManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    void theTlsKeyCannotBeTheSigningKey() {
        assertThatThrownBy(() -> new ReloadingKeyManager("signing certificate", OwnKeyUse.SIGNING,
                Path.of("certs-example/gateway/gateway.p12"), PASSWORD, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("extendedKeyUsage does not include emailProtection");
    }

    private int opensslVerify(Path content, Path signature) throws Exception {
        Process openssl = new ProcessBuilder(List.of("openssl", "cms", "-verify", "-inform", "DER", "-binary",
                "-content", content.toString(), "-in", signature.toString(), "-CAfile", DEMO_ROOT.toString(), "-out", "/dev/null"))
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return openssl.exitValue();
    }
}
