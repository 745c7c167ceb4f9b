package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.outbox.CircuitBreakers;
import be.hotline.gateway.simulator.ReceivedMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** Routing and reliable delivery, end to end over mutual TLS, on each database. */
abstract class DeliveryContract extends DeliveryTestSupport {

    static final Duration SOON = Duration.ofSeconds(15);
    static final List<String> REPORTER_DATA = List.of("Example Reporter", "reporter@example.org", "555 01 23", "reporter@");

    @Test
    void aBelgianHostedReportFromTheNlHotlineReachesThePoliceAsSchemaValidPoliceXml() throws Exception {
        String nlReference = "NL-E2E-" + System.nanoTime();
        String report = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replace("NL-2026-004711", nlReference);
        String reference = post(demoPartner("nl-hotline"), report.getBytes(StandardCharsets.UTF_8));

        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", SOON);

        ReceivedMessage message = onlyMessageAbout(police.received(), reference);
        assertSchemaValid(message.body(), "docs/api/schemas/police-referral-1.0.xsd");
        assertThat(message.bodyAsString()).contains("BELGIAN_HOSTING",
                "<HostingCountryCode>BE</HostingCountryCode>\n            <AssignedCountryCode>BE</AssignedCountryCode>");
        // docs/api/delivery.md: ours as HotlineReference, the originating party's own as OriginReference
        assertThat(message.bodyAsString()).contains("<HotlineReference>" + reference + "</HotlineReference>",
                "<OriginReference>" + nlReference + "</OriginReference>");
        assertThat(message.header("X-Message-Id")).contains(deliveryColumn(reference, "police-fccu", "message_id"));
        assertThat(deliveryColumn(reference, "police-fccu", "partner_receipt")).contains("POLICE-");
        assertThat(attempts(reference, "police-fccu")).containsExactly("SUCCESS 202 null");
    }

    @Test
    void anInternalReportHostedInGermanyReachesTheGermanHotlineInItsFormatWithoutTheReporter() throws Exception {
        String reference = internalReportHostedIn("DE");

        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);

        ReceivedMessage message = onlyMessageAbout(de.received(), reference);
        assertSchemaValid(message.body(), "docs/api/schemas/inhope-report-1.0.xsd");
        assertThat(message.bodyAsString()).contains("<partnerReference>" + reference + "</partnerReference>",
                "<hostingCountry>DE</hostingCountry>\n            <assignedCountry>DE</assignedCountry>");
        REPORTER_DATA.forEach(fragment -> assertThat(message.bodyAsString()).doesNotContain(fragment));
        assertThat(message.headers().toString()).doesNotContain("reporter");
    }

    @Test
    void contentHostedWhereNoMemberHotlineExistsGoesToThePoliceForInterpol() throws Exception {
        String reference = internalReportHostedIn("BR");

        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", SOON);

        ReceivedMessage message = onlyMessageAbout(police.received(), reference);
        assertThat(message.bodyAsString()).contains("INTERPOL_COOPERATION");
        REPORTER_DATA.forEach(fragment -> assertThat(message.bodyAsString()).doesNotContain(fragment));
    }

    @Test
    void anOrphanIsAssignedToOurCountryBesideWhereItIsHostedInTheMessageAndInEveryView() throws Exception {
        String reference = internalReportHostedIn("BR");
        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", SOON);

        ReceivedMessage message = onlyMessageAbout(police.received(), reference);
        assertSchemaValid(message.body(), "docs/api/schemas/police-referral-1.0.xsd");
        assertThat(message.bodyAsString()).contains(
                "<HostingCountryCode>BR</HostingCountryCode>\n            <AssignedCountryCode>BE</AssignedCountryCode>");
        JsonNode senderView = json.readTree(demoPartner("case-management").get("/api/v1/reports/" + reference).body());
        JsonNode receiverView = json.readTree(demoPartner("police-fccu").get("/api/v1/reports/" + reference).body());
        for (JsonNode item : List.of(senderView.get("items").get(0), receiverView.get("items").get(0))) {
            assertThat(item.get("hostingCountry").asText()).isEqualTo("BR");
            assertThat(item.get("assignedCountry").asText()).isEqualTo("BE");
        }
        JsonNode caseView = json.readTree(demoPartner("case-management")
                .get("/api/v1/reports?hostingCountry=BR&limit=200").body());
        assertThat(caseView.get("items")).anySatisfy(listed -> {
            assertThat(listed.get("reference").asText()).isEqualTo(reference);
            assertThat(listed.get("contentItems").get(0).get("assignedCountry").asText()).isEqualTo("BE");
        });
    }

    @Test
    void aJsonDeliveryCarriesTheAssignedCountryOfEachItem() throws Exception {
        String reference = internalReportHostedIn("IT");
        awaitDelivery(reference, "it-hotline", "ACKNOWLEDGED", SOON);

        JsonNode item = json.readTree(onlyMessageAbout(it.received(), reference).body()).at("/report/contentItems/0");
        assertThat(item.get("hostingCountry").asText()).isEqualTo("IT");
        assertThat(item.get("assignedCountry").asText()).isEqualTo("IT");
    }

    @Test
    void aReportThatSetsTheAssignedCountryItselfIsRefusedInEitherFormat() throws Exception {
        String json = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-ASSIGNED-" + System.nanoTime())
                .replaceFirst("\"hostingCountry\": \"BE\"", "\"hostingCountry\": \"BE\", \"assignedCountry\": \"BE\"");
        HttpResponse<String> jsonAnswer = demoPartner("nl-hotline").post("/api/v1/reports", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
        String xml = Files.readString(Path.of("docs/api/examples/report-de-hotline.xml"))
                .replaceFirst("</hostingCountry>", "</hostingCountry><assignedCountry>BE</assignedCountry>");
        HttpResponse<String> xmlAnswer = demoPartner("de-hotline").post("/api/v1/reports", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));

        assertThat(jsonAnswer.statusCode()).as(jsonAnswer.body()).isEqualTo(422);
        assertThat(jsonAnswer.body()).contains("/contentItems/0/assignedCountry");
        assertThat(xmlAnswer.statusCode()).as(xmlAnswer.body()).isEqualTo(422);
        assertThat(xmlAnswer.body()).contains("/contentItems/item[1]/assignedCountry", "set by the gateway");
    }

    @Test
    void aServerErrorIsRetriedUnderTheSameMessageId() throws Exception {
        it.failsThenSucceeds(1, 500);
        String reference = internalReportHostedIn("IT");

        awaitDelivery(reference, "it-hotline", "ACKNOWLEDGED", SOON);

        List<ReceivedMessage> messages = messagesAbout(it.received(), reference);
        assertThat(messages).hasSize(2);
        assertThat(messages).extracting(m -> m.header("X-Message-Id").orElseThrow()).containsOnly(
                deliveryColumn(reference, "it-hotline", "message_id"));
        assertThat(attempts(reference, "it-hotline")).containsExactly("FAILURE 500 HTTP 500", "SUCCESS 202 null");
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        it.unavailableWithRetryAfterThenSucceeds("2", 1);
        String reference = internalReportHostedIn("IT");

        awaitDelivery(reference, "it-hotline", "ACKNOWLEDGED", SOON);

        List<ReceivedMessage> messages = messagesAbout(it.received(), reference);
        assertThat(messages).hasSize(2);
        assertThat(Duration.between(messages.get(0).receivedAt(), messages.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsRetried() throws Exception {
        it.respondsSlowly(Duration.ofSeconds(3));
        String reference = internalReportHostedIn("IT");
        awaitAttempts(reference, "it-hotline", 1);
        it.succeeds();

        awaitDelivery(reference, "it-hotline", "ACKNOWLEDGED", SOON);

        assertThat(attempts(reference, "it-hotline").get(0)).startsWith("FAILURE null timeout");
    }

    @Test
    void aPermanentRefusalIsDeadAtOnceWithItsError() throws Exception {
        it.rejectsPermanently(422);
        String reference = internalReportHostedIn("IT");

        awaitDelivery(reference, "it-hotline", "DEAD", SOON);

        assertThat(attempts(reference, "it-hotline")).containsExactly("FAILURE 422 HTTP 422");
        assertThat(deliveryColumn(reference, "it-hotline", "last_error")).contains("permanently refused: HTTP 422");
        it.succeeds();
    }

    @Test
    void retriesEndAtThePartnersMaximumAttempts() throws Exception {
        pl.failsThenSucceeds(100, 503);
        String reference = internalReportHostedIn("PL");

        awaitDelivery(reference, "pl-hotline", "DEAD", SOON);

        assertThat(attempts(reference, "pl-hotline")).hasSize(3);
        assertThat(deliveryColumn(reference, "pl-hotline", "last_error")).contains("gave up after 3 attempts");
    }

    @Test
    void aServerWithACertificateFromTheWrongCaGetsNothing() throws Exception {
        String reference = internalReportHostedIn("FR");

        awaitAttempts(reference, "fr-hotline", 2);

        assertThat(rogue.receivedCount()).isZero();
        assertThat(attempts(reference, "fr-hotline").get(0)).contains("TLS handshake failed");
        assertThat(deliveryColumn(reference, "fr-hotline", "status")).isEqualTo("PENDING");
    }

    @Test
    void anUnreachablePartnerIsRetriedAndItsCircuitOpensWithoutSlowingOthers() throws Exception {
        String unreachable = internalReportHostedIn("AT");
        awaitAttempts(unreachable, "at-hotline", 5);

        CircuitBreakers breakers = context.getRegistry().lookupByNameAndType("circuitBreakers", CircuitBreakers.class);
        assertThat(breakers.state("at-hotline")).isEqualTo(CircuitBreakers.State.OPEN);
        assertThat(attempts(unreachable, "at-hotline").get(0)).contains("connection refused");
        String other = internalReportHostedIn("DE");
        awaitDelivery(other, "de-hotline", "ACKNOWLEDGED", Duration.ofSeconds(5));
        assertThat(deliveryColumn(unreachable, "at-hotline", "status")).isEqualTo("PENDING");
    }

    @Test
    void aPartnerOutageDelaysButLosesNothing() throws Exception {
        de.stop();
        String reference = internalReportHostedIn("DE");
        awaitAttempts(reference, "de-hotline", 2);
        de.restart();

        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);

        assertThat(messagesAbout(de.received(), reference)).hasSize(1);
    }

    void awaitAttempts(String reference, String partnerId, int count) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (attempts(reference, partnerId).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " attempts: " + attempts(reference, partnerId));
            }
            Thread.sleep(50);
        }
    }

    static List<ReceivedMessage> messagesAbout(List<ReceivedMessage> received, String reference) {
        return received.stream().filter(m -> m.bodyAsString().contains(reference)).toList();
    }

    static ReceivedMessage onlyMessageAbout(List<ReceivedMessage> received, String reference) {
        List<ReceivedMessage> messages = messagesAbout(received, reference);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static void assertSchemaValid(byte[] xml, String xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(Path.of(xsd).toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
