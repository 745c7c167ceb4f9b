package be.hotline.gateway.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerRegistryLoader;
import be.hotline.gateway.report.MessageSignature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of docs/api/signatures.md, "Sign a push", one by one, on signatures made with the openssl command line
 * and the demo registry: what is accepted, and each refusal with its reason.
 */
class PushSignatureVerifierTest {

    private static final Path PARTNERS = Path.of("certs-example/partners");
    private static final Clock NOW = Clock.fixed(Instant.parse("2027-01-15T10:00:00Z"), ZoneOffset.UTC);
    private final PartnerDirectory directory = new PartnerDirectory(new PartnerRegistryLoader().load(Path.of("config/partners.yaml")), NOW);
    private final PushSignatureVerifier verifier = new PushSignatureVerifier(directory, NOW);
    private final Partner nl = directory.byId("nl-hotline").orElseThrow();
    private final byte[] body = "{\"partnerReference\":\"NL-1\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void theDocumentedCommandMakesAnAcceptedSignatureAndItsEvidence() throws Exception {
        MessageSignature verified = verifier.verify(nl, body, openssl("nl-hotline"));

        assertThat(verified.content()).hasValueSatisfying(content -> assertThat(content).isEqualTo(body));
        assertThat(verified.signerSubject()).isEqualTo("CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL");
        assertThat(verified.signerFingerprint()).matches("[0-9A-F]{64}");
        assertThat(verified.verifiedAt()).isEqualTo(NOW.instant());
    }

    @Test
    void anEmbeddedSignatureIsRefused() {
        assertThatThrownBy(() -> verifier.verify(nl, body, openssl("nl-hotline", "-nodetach")))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("must be detached");
    }

    @Test
    void aSha1DigestIsRefused() {
        assertThatThrownBy(() -> verifier.verify(nl, body, openssl("nl-hotline", "-md", "sha1")))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("SHA-256, SHA-384 or SHA-512");
    }

    @Test
    void aSignatureWithoutTheSignersCertificateIsRefused() {
        assertThatThrownBy(() -> verifier.verify(nl, body, openssl("nl-hotline", "-nocerts")))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("must travel in the signature");
    }

    @Test
    void anotherPartnersCertificateAndOtherBytesAreRefused() {
        assertThatThrownBy(() -> verifier.verify(nl, body, openssl("police-fccu")))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("not one of partner 'nl-hotline'");
        assertThatThrownBy(() -> verifier.verify(nl, "{}".getBytes(StandardCharsets.UTF_8), openssl("nl-hotline")))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("does not verify over the body");
    }

    @Test
    void anOversizedOrUndecodableHeaderIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> verifier.verify(nl, body, "A".repeat(PushSignatureVerifier.MAX_BASE64_CHARS + 4)))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("larger than 16384");
        assertThatThrownBy(() -> verifier.verify(nl, body, "not base64!"))
                .isInstanceOf(SignatureRefusedException.class).hasMessageContaining("not base64");
    }

    private String openssl(String partner, String... options) throws Exception {
        Path content = Files.write(folder.resolve("body.json"), body);
        Path signature = folder.resolve("sig-" + System.nanoTime() + ".der");
        List<String> command = new ArrayList<>(List.of("openssl", "cms", "-sign", "-binary", "-in", content.toString(),
                "-signer", PARTNERS.resolve(partner + ".crt").toString(), "-inkey", PARTNERS.resolve(partner + ".key").toString(),
                "-outform", "DER", "-out", signature.toString(), "-nosmimecap"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("openssl.log"))).isZero();
        return Base64.getEncoder().encodeToString(Files.readAllBytes(signature));
    }
}
