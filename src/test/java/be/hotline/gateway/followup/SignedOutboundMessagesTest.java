package be.hotline.gateway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.ReceivedMessage;
import be.hotline.gateway.support.DocumentedReference;
import be.hotline.gateway.support.OpensslCms;
import be.hotline.gateway.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a receiver and a sending hotline get from us carries X-Message-Signature over the exact body, made with the
 * gateway's signing key: a delivery (to the police simulator) and a relay (to NL's feedbackUrl), each verified with
 * the openssl command of docs/api/signatures.md, as the receiver would. Nothing stored is signed, so H2 only.
 */
class SignedOutboundMessagesTest extends FollowUpTestSupport {

    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final Duration SOON = Duration.ofSeconds(15);
    private final TestDatabase database = TestDatabase.freshH2();
    private final OpensslCms openssl = new OpensslCms(folder.resolve("openssl"));

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Test
    void aDeliveryAndARelayAreSignedOverTheirExactBodies() throws Exception {
        String reference = post(demoPartner("nl-hotline"), Files.readString(EXAMPLES.resolve("report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-SIG-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        ReceivedMessage delivery = awaitOne(() -> police.received(), reference);

        String feedback = Files.readString(EXAMPLES.resolve("feedback-police-case-opened.xml"))
                .replace(DocumentedReference.PLACEHOLDER, reference)
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>sig-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>", "<StatusDateLocal>"
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().minusSeconds(1).atZone(ZoneId.of("Europe/Brussels")))
                        + "</StatusDateLocal>");
        HttpResponse<String> answer = demoPartner("police-fccu").post("/api/v1/reports/" + reference + "/feedback",
                "application/xml", feedback.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        ReceivedMessage relay = awaitOne(() -> nl.relays(), reference);

        for (ReceivedMessage message : List.of(delivery, relay)) {
            String signature = message.header("X-Message-Signature").orElseThrow();
            assertThat(openssl.verifies(message.body(), signature)).as("signature over %s", message.path()).isTrue();
            byte[] changed = message.bodyAsString().replace(reference, DocumentedReference.PLACEHOLDER).getBytes(StandardCharsets.UTF_8);
            assertThat(openssl.verifies(changed, signature)).as("signature over a changed %s", message.path()).isFalse();
        }
    }

    private static ReceivedMessage awaitOne(java.util.function.Supplier<List<ReceivedMessage>> received, String reference)
            throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ReceivedMessage> found = received.get().stream()
                    .filter(message -> message.bodyAsString().contains(reference)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing about " + reference + " arrived within " + SOON);
    }
}
