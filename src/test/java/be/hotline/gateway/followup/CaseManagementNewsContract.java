package be.hotline.gateway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.ReceivedMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * News for our case management (issue 12, item 9): feedback on a report it sent goes to its feedbackUrl through the
 * outbox, with a reporter-safe summary, without the case number or a partner's note, and never the reporter.
 */
abstract class CaseManagementNewsContract extends FollowUpTestSupport {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final Path EXAMPLES = Path.of("docs/api/examples");

    @Test
    void aForeignHotlinesAcknowledgementAndRemovalReachOurCaseManagementAsReporterSafeNews() throws Exception {
        de.succeedsWithoutReceipt();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        assertThat(postDe(reference, "feedback-de-acknowledged.json", now.minusSeconds(60), null).statusCode()).isEqualTo(202);
        assertThat(postDe(reference, "feedback-de-content-removed.json", now.minusSeconds(10),
                Instant.parse("2026-11-23T22:10:00Z")).statusCode()).isEqualTo(202);

        List<ReceivedMessage> news = awaitNews(reference, 2);
        JsonNode removed = json.readTree(only(news, "CONTENT_REMOVED").body());
        assertThat(removed.get("summary").asText()).isEqualTo("1 reported address: the material was removed on 2026-11-23.");
        assertThat(removed.get("reference").asText()).isEqualTo(reference);
        assertThat(removed.get("partnerReference").asText()).startsWith("CM-");
        assertThat(removed.get("actedBy").asText()).isEqualTo("DE");
        assertThat(removed.get("items")).hasSize(1);
        assertThat(json.readTree(only(news, "ACKNOWLEDGED").body()).get("summary").asText())
                .isEqualTo("1 reported address: received by the organisation that must act on it.");
        for (ReceivedMessage message : news) {
            assertThat(message.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(message.header("X-Message-Id")).contains(json.readTree(message.body()).get("relayId").asText());
            assertThat(message.header("X-Hotline-Reference")).contains(reference);
            // The DE example's note, and everything about the reporter, stay here.
            assertThat(message.bodyAsString()).doesNotContain("hosting provider within a day", "Example Reporter",
                    "reporter@example.org", "555 01 23", "caseNumber");
        }
        assertThat(relayDeliveryStatus(reference)).containsOnly("DELIVERED");
    }

    @Test
    void thePoliceCaseNumberNeverReachesOurCaseManagement() throws Exception {
        police.succeedsWithoutReceipt();
        String reference = internalReportHostedIn("BE");
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        String opened = Files.readString(EXAMPLES.resolve("feedback-police-case-opened.xml"))
                .replace("HX-XXXXXXXXXXXXXXXXXXXX", reference)
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>FCCU-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>", "<StatusDateLocal>"
                        + now.minusSeconds(30).atZone(java.time.ZoneId.of("Europe/Brussels")).toOffsetDateTime() + "</StatusDateLocal>");
        HttpResponse<String> answer = demoPartner("police-fccu").post("/api/v1/reports/" + reference + "/feedback",
                "application/xml", opened.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

        // These police keep their case number confidential; CaseManagementNewsFormatTest shows it is left out even when shared.
        ReceivedMessage news = only(awaitNews(reference, 1), "CASE_OPENED");
        JsonNode body = json.readTree(news.body());
        assertThat(body.get("summary").asText()).isEqualTo("1 reported address: the police opened an investigation.");
        assertThat(body.get("actedBy").asText()).isEqualTo("POLICE");
        assertThat(body.has("caseNumber")).isFalse();
        assertThat(news.bodyAsString()).doesNotContain(caseNumberOf(opened));
    }

    private String caseNumberOf(String policeFeedback) {
        int start = policeFeedback.indexOf("<PvNumber>") + "<PvNumber>".length();
        return policeFeedback.substring(start, policeFeedback.indexOf("</PvNumber>"));
    }

    private HttpResponse<String> postDe(String reference, String example, Instant occurredAt, Instant removedAt) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve(example)));
        body.put("feedbackId", "DE-FB-" + UUID.randomUUID()).put("occurredAt", occurredAt.toString());
        if (removedAt != null) {
            body.put("removedAt", removedAt.toString());
        }
        return demoPartner("de-hotline").post("/api/v1/reports/" + reference + "/feedback", "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<ReceivedMessage> awaitNews(String reference, int count) throws Exception {
        await(() -> newsAbout(reference).size() >= count);
        return newsAbout(reference);
    }

    private List<ReceivedMessage> newsAbout(String reference) {
        return caseManagement.relays().stream().filter(message -> message.bodyAsString().contains(reference)).toList();
    }

    private ReceivedMessage only(List<ReceivedMessage> news, String type) {
        List<ReceivedMessage> ofType = news.stream().filter(message -> message.bodyAsString().contains("\"type\":\"" + type + "\""))
                .toList();
        assertThat(ofType).as("news of type %s", type).hasSize(1);
        return ofType.get(0);
    }

    private List<String> relayDeliveryStatus(String reference) throws Exception {
        await(() -> !relayStatuses(reference).contains("PENDING"));
        return relayStatuses(reference);
    }

    private List<String> relayStatuses(String reference) throws Exception {
        try (var connection = database().connect(); var statement = connection.prepareStatement(
                "select status from delivery where reference = ? and partner_id = 'case-management' and purpose = 'FEEDBACK_RELAY'")) {
            statement.setString(1, reference);
            List<String> statuses = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
            return statuses;
        }
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + SOON);
            }
            Thread.sleep(50);
        }
    }
}
