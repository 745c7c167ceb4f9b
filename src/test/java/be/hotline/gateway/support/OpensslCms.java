package be.hotline.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The openssl command lines of docs/api/signatures.md, run as a partner runs them: verifying a signature the
 * gateway made (a receipt, an outbound message) against the demo root, and signing a push with a demo partner's
 * certificate and key.
 */
public final class OpensslCms {

    public static final Path DEMO_ROOT_CA = Path.of("certs-example/ca/demo-root-ca.crt");
    private final Path folder;

    public OpensslCms(Path folder) {
        this.folder = folder;
    }

    /**
     * signatures.md, "Verify a receipt": the body saved exactly as received, the header's value base64-decoded to
     * sig.der, then {@code openssl cms -verify}. True when openssl exits 0.
     */
    public boolean verifies(byte[] body, String headerValue) throws IOException, InterruptedException {
        return verifies(body, headerValue, "");
    }

    /**
     * docs/ops, "Signatures": a partner's stored signature checked offline. Its certificate may be a TLS client
     * certificate (clientAuth, no emailProtection), which openssl only takes with {@code -purpose any}.
     */
    public boolean verifiesPartnerSignature(byte[] body, String base64) throws IOException, InterruptedException {
        return verifies(body, base64, " -purpose any");
    }

    private boolean verifies(byte[] body, String base64, String options) throws IOException, InterruptedException {
        Path work = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
        Files.write(work.resolve("body.json"), body);
        run(work, Map.of("SIGNATURE", base64), "printf '%s' \"$SIGNATURE\" | base64 -d > sig.der");
        return run(work, Map.of(), "openssl cms -verify -inform DER -binary -content body.json -in sig.der -CAfile "
                + DEMO_ROOT_CA.toAbsolutePath() + options + " -out /dev/null") == 0;
    }

    /** signatures.md, "Sign a push": the X-Message-Signature value for {@code body}, signed with a demo partner's key. */
    public String sign(byte[] body, String demoPartner) throws IOException, InterruptedException {
        Path work = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
        Files.write(work.resolve("report.json"), body);
        Path partners = Path.of("certs-example/partners").toAbsolutePath();
        int exit = run(work, Map.of(), "openssl cms -sign -binary -in report.json -signer " + partners.resolve(demoPartner + ".crt")
                + " -inkey " + partners.resolve(demoPartner + ".key") + " -outform DER -out sig.der -nosmimecap"
                + " && base64 -w0 sig.der > sig.b64");
        assertThat(exit).as(Files.readString(work.resolve("out.log"))).isZero();
        return Files.readString(work.resolve("sig.b64"), StandardCharsets.US_ASCII);
    }

    private static int run(Path work, Map<String, String> environment, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", command)).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(command).isTrue();
        return process.exitValue();
    }
}
