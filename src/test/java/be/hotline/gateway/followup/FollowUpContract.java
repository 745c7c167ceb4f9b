package be.hotline.gateway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.ReceivedMessage;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop over real mutual TLS with the partner simulators: acknowledgements, police and hotline
 * feedback, relays to the sending hotline, takedown time and statistics, overdue acknowledgements, and the
 * races and out-of-order arrivals gateways in this field get wrong. Runs on H2 and on PostgreSQL.
 */
abstract class FollowUpContract extends FollowUpTestSupport {

    static final Duration SOON = Duration.ofSeconds(15);
    static final String PLACEHOLDER = "HX-XXXXXXXXXXXXXXXXXXXX";
    static final Path EXAMPLES = Path.of("docs/api/examples");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String PV = "BR.12.LL.123456/26";

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.setProperty("gateway.ack.check-interval-ms", "100");
        return properties;
    }

    // --- (a) NL -> police -> feedback -> relayed to NL ------------------------------------------------

    @Test
    void policeFeedbackOnAnNlReportIsRelayedToNlInItsFormatAndTheTakedownTimeIsKept() throws Exception {
        police.succeedsWithoutReceipt();
        String reference = nlReportHostedInBelgium();
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        assertThat(postPolice(reference, "feedback-police-case-opened.xml", now.minusSeconds(300), null).statusCode()).isEqualTo(202);
        assertThat(deliveryColumn(reference, "police-fccu", "status")).isEqualTo("ACKNOWLEDGED");
        assertThat(reportStatus(reference)).isEqualTo("CASE_OPENED");
        assertThat(postPolice(reference, "feedback-police-takedown-ordered.xml", now.minusSeconds(200), null).statusCode()).isEqualTo(202);
        assertThat(reportStatus(reference)).isEqualTo("TAKEDOWN_ORDERED");
        Instant removedAt = now.minusSeconds(150);
        assertThat(postPolice(reference, "feedback-police-content-removed.xml", now.minusSeconds(100), removedAt).statusCode())
                .isEqualTo(202);

        JsonNode report = readReport(reference);
        assertThat(report.get("status").asText()).isEqualTo("CONTENT_REMOVED");
        // The NL example's own first sighting (2026-11-18T09:12+01:00) is earlier than our receipt: the clock starts there.
        long expected = Duration.between(Instant.parse("2026-11-18T08:12:00Z"), removedAt).toSeconds();
        assertThat(report.at("/takedown/seconds").asLong()).isEqualTo(expected);
        assertThat(report.at("/takedown/removedAt").asText()).isEqualTo(removedAt.toString());

        List<ReceivedMessage> relays = awaitRelays(nl, reference, 3);
        assertThat(relays).hasSize(3).extracting(ReceivedMessage::bodyAsString)
                .anySatisfy(body -> assertThat(body).contains("LEA_CASE_OPENED"))
                .anySatisfy(body -> assertThat(body).contains("<type>LEA_TAKEDOWN_ORDERED</type>"))
                .anySatisfy(body -> assertThat(body).contains("REMOVED").contains(removedAt.toString()))
                .allSatisfy(body -> assertThat(body).contains("NL-FU-").doesNotContain(PV)
                        .doesNotContain("Remark").doesNotContain("prosecutor"));
        for (ReceivedMessage relay : relays) {
            assertSchemaValid(relay.body(), "docs/api/schemas/inhope-feedback-1.0.xsd");
            assertThat(relay.header("X-Message-Id")).isPresent();
        }
        assertThat(events(reference)).contains("RELAY_QUEUED", "STATUS_CHANGED", "FEEDBACK", "ACKNOWLEDGED");
    }

    @Test
    void everyPoliceOutcomeWithARelayCodeReachesNlAndNoFurtherActionLetsTheReportClose() throws Exception {
        police.succeedsWithoutReceipt();
        String reference = nlReportHostedInBelgium();
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        postPoliceStatus(reference, "SENT_TO_PUBLIC_PROSECUTOR", now.minusSeconds(400));
        postPoliceStatus(reference, "SENT_VIA_INTERPOL", now.minusSeconds(300));
        postPoliceStatus(reference, "NO_FURTHER_ACTION", now.minusSeconds(200));
        assertThat(reportStatus(reference)).isEqualTo("NO_FURTHER_ACTION");
        postPoliceStatus(reference, "CASE_CLOSED", now.minusSeconds(100));
        assertThat(reportStatus(reference)).isEqualTo("CLOSED");

        List<ReceivedMessage> relays = awaitRelays(nl, reference, 4);
        assertThat(relays).hasSize(4).extracting(ReceivedMessage::bodyAsString)
                .anySatisfy(body -> assertThat(body).contains("<type>LEA_REFERRED_TO_PROSECUTOR</type>"))
                .anySatisfy(body -> assertThat(body).contains("<type>LEA_FORWARDED_TO_INTERPOL</type>"))
                .anySatisfy(body -> assertThat(body).contains("<type>LEA_NO_FURTHER_ACTION</type>"))
                .anySatisfy(body -> assertThat(body).contains("<type>CLOSED</type>"))
                // The police mark the case number confidential: no relay carries it.
                .allSatisfy(body -> assertThat(body).contains("NL-FU-").doesNotContain(PV).doesNotContain("caseNumber"));
        for (ReceivedMessage relay : relays) {
            assertSchemaValid(relay.body(), "docs/api/schemas/inhope-feedback-1.0.xsd");
        }
    }

    // --- (b) internal DE report, asynchronous ack, removal, statistics ---------------------------------

    @Test
    void anInternalReportInGermanyIsAcknowledgedLaterAndItsRemovalCountsInTheStatistics() throws Exception {
        de.succeedsWithoutReceipt();
        Instant before = clock.instant().minusSeconds(1);
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        assertThat(deliveryColumn(reference, "de-hotline", "ack_due_at")).isNotNull();

        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> ack = postDe(reference, "feedback-de-acknowledged.json", now.minusSeconds(60), null);
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
        assertThat(deliveryColumn(reference, "de-hotline", "receiver_reference")).isEqualTo("DE-2026-120455");
        assertThat(reportStatus(reference)).isEqualTo("ACKNOWLEDGED");
        Instant removedAt = now.minusSeconds(30);
        assertThat(postDe(reference, "feedback-de-content-removed.json", now.minusSeconds(10), removedAt).statusCode()).isEqualTo(202);
        assertThat(reportStatus(reference)).isEqualTo("CONTENT_REMOVED");

        HttpResponse<String> stats = demoPartner("case-management").get("/api/v1/stats/takedown?from=" + before
                + "&to=" + clock.instant().plusSeconds(60));
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
        JsonNode figures = json.readTree(stats.body());
        assertThat(figures.at("/byHostingCountry/DE/removed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.at("/byPartner/de-hotline/removed").asLong()).isGreaterThanOrEqualTo(1);
        // The news goes to our own case system (CaseManagementNewsContract), never to the hotline that acted.
        assertThat(de.relays()).noneSatisfy(relay -> assertThat(relay.bodyAsString()).contains(reference));
    }

    // --- (c) acknowledgement never comes ------------------------------------------------------------

    @Test
    void aMissingAcknowledgementIsFlaggedOverdueAtTheDeadlineAndClearedByALateOne() throws Exception {
        de.succeedsWithoutReceipt();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        Instant due = ackDueAt(reference, "de-hotline");

        clock.advance(Duration.between(clock.instant(), due).minusMinutes(5));
        awaitTicks();
        assertThat(deliveryColumn(reference, "de-hotline", "ack_overdue")).isIn("false", "FALSE", "f");

        clock.advance(Duration.ofMinutes(6));
        await(() -> List.of("true", "TRUE", "t").contains(deliveryColumn(reference, "de-hotline", "ack_overdue")));
        assertThat(readReport(reference).get("ackOverdue").asBoolean()).isTrue();
        assertThat(events(reference)).contains("ACK_OVERDUE");
        HttpResponse<String> overdueList = demoPartner("case-management").get("/api/v1/reports?ackOverdue=true&limit=200");
        assertThat(overdueList.body()).contains(reference);

        assertThat(postDe(reference, "feedback-de-acknowledged.json", clock.instant().minusSeconds(5), null).statusCode()).isEqualTo(202);
        assertThat(readReport(reference).get("ackOverdue").asBoolean()).isFalse();
    }

    // --- (d) duplicate, out-of-order and forbidden feedback ----------------------------------------

    @Test
    void theSameFeedbackTwiceIsAppliedOnceAndAReusedIdIsRefused() throws Exception {
        String reference = reportDeliveredToDe();
        Instant at = clock.instant().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        String id = "DE-FB-" + UUID.randomUUID();
        String body = deJson("feedback-de-acknowledged.json", id, at, null);

        assertThat(postFeedback(demoPartner("de-hotline"), reference, "application/json", body).statusCode()).isEqualTo(202);
        HttpResponse<String> again = postFeedback(demoPartner("de-hotline"), reference, "application/json", body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(database().count("select count(*) from feedback where feedback_id = ?", id)).isEqualTo(1);
        assertThat(events(reference).stream().filter("FEEDBACK"::equals)).hasSize(1);

        HttpResponse<String> reused = postFeedback(demoPartner("de-hotline"), reference, "application/json",
                deJson("feedback-de-acknowledged.json", id, at.plusSeconds(1), null));
        assertProblem(reused, 409, "feedback-id-reused");
    }

    @Test
    void feedbackIsAppliedInTheOrderOfItsOwnTimestamps() throws Exception {
        String reference = reportDeliveredToDe();
        Instant t = clock.instant().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        // The removal (later) arrives before the acknowledgement (earlier): the late ack moves nothing back.
        assertThat(postDe(reference, "feedback-de-content-removed.json", t.plusSeconds(120), t.plusSeconds(100)).statusCode()).isEqualTo(202);
        assertThat(postDe(reference, "feedback-de-acknowledged.json", t, null).statusCode()).isEqualTo(202);
        assertThat(reportStatus(reference)).isEqualTo("CONTENT_REMOVED");

        assertThat(postDeType(reference, "CLOSED", t.plusSeconds(300)).statusCode()).isEqualTo(202);
        assertThat(reportStatus(reference)).isEqualTo("CLOSED");
        // Something that happened before the CLOSED, arriving late, is still applied; the report stays closed.
        assertThat(postDeType(reference, "NOTICE_SENT_TO_HOSTING_PROVIDER", t.plusSeconds(60)).statusCode()).isEqualTo(202);
        assertThat(reportStatus(reference)).isEqualTo("CLOSED");
        // Nothing can happen after CLOSED.
        HttpResponse<String> afterClosed = postDeType(reference, "CONTENT_NOT_FOUND", t.plusSeconds(400));
        assertProblem(afterClosed, 409, "feedback-conflict");
        assertThat(afterClosed.body()).contains("nothing can follow CLOSED");
        // An item wrong by itself (occurredAt in the future) is 422 before any 409, as documented.
        HttpResponse<String> futureOnClosed = postDeType(reference, "CONTENT_NOT_FOUND", clock.instant().plus(Duration.ofHours(1)));
        assertProblem(futureOnClosed, 422, "invalid-feedback");
        assertThat(futureOnClosed.body()).contains("/occurredAt").contains("in the future");
    }

    /**
     * Each check of docs/api (routing-and-lifecycle.md "Feedback", openapi's 422) against the next: an item that
     * fails both is answered by the earlier one, all the way down the list.
     */
    @Test
    void theFeedbackChecksRunInTheDocumentedOrder() throws Exception {
        String reference = reportDeliveredToDe();
        String notDelivered = "HX-0000000000000000NONE";
        Instant t = clock.instant().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
        Instant future = clock.instant().plus(Duration.ofHours(1));
        String acknowledged = "DE-FB-" + UUID.randomUUID();
        assertThat(postDeItem(reference, acknowledged, "ACKNOWLEDGED", t, null).statusCode()).isEqualTo(202);
        assertThat(postDeItem(reference, "DE-FB-" + UUID.randomUUID(), "CLOSED", t.plusSeconds(300), null).statusCode()).isEqualTo(202);

        // 1. the item by itself, before 2. the type this partner may send
        HttpResponse<String> badIdAndPoliceType = postDeItem(reference, "bad id!", "CASE_OPENED", t.plusSeconds(400), null);
        assertProblem(badIdAndPoliceType, 422, "invalid-feedback");
        assertThat(errors(badIdAndPoliceType)).containsOnlyKeys("/feedbackId");
        // 2. the type, before 3. occurredAt more than 2 minutes in the future
        HttpResponse<String> policeTypeInTheFuture = postDeItem(reference, "DE-FB-" + UUID.randomUUID(), "CASE_OPENED", future, null);
        assertProblem(policeTypeInTheFuture, 422, "invalid-feedback");
        assertThat(errors(policeTypeInTheFuture)).containsOnlyKeys("/type");
        // 3. occurredAt in the future, before 4. the 404 for a report not delivered to you
        HttpResponse<String> futureOnNotDelivered = postDeItem(notDelivered, "DE-FB-" + UUID.randomUUID(), "ACKNOWLEDGED", future, null);
        assertProblem(futureOnNotDelivered, 422, "invalid-feedback");
        assertThat(errors(futureOnNotDelivered)).containsOnlyKeys("/occurredAt");
        // ... and before the 409 for a closed report
        assertProblem(postDeItem(reference, "DE-FB-" + UUID.randomUUID(), "CONTENT_NOT_FOUND", future, null), 422, "invalid-feedback");
        // 4. the 404, before 5. a reused feedbackId
        assertProblem(postDeItem(notDelivered, acknowledged, "CONTENT_NOT_FOUND", t.plusSeconds(400), null), 404, "not-found");
        // 5. a reused feedbackId, before 6. nothing after CLOSED
        assertProblem(postDeItem(reference, acknowledged, "CONTENT_NOT_FOUND", t.plusSeconds(400), null), 409, "feedback-id-reused");
        // ... while the same item again is 200, also on a closed report
        assertThat(postDeItem(reference, acknowledged, "ACKNOWLEDGED", t, null).statusCode()).isEqualTo(200);
        // 6. nothing after CLOSED, before 7. an impossible removal time
        assertProblem(postDeItem(reference, "DE-FB-" + UUID.randomUUID(), "CONTENT_REMOVED", t.plusSeconds(400),
                Instant.parse("2026-01-01T00:00:00Z")), 409, "feedback-conflict");
        // 7. the impossible removal time, when nothing earlier stops the item
        HttpResponse<String> removalTooEarly = postDeItem(reference, "DE-FB-" + UUID.randomUUID(), "CONTENT_REMOVED",
                t.plusSeconds(200), Instant.parse("2026-01-01T00:00:00Z"));
        assertProblem(removalTooEarly, 422, "invalid-feedback");
        assertThat(errors(removalTooEarly)).containsOnlyKeys("/removedAt");
    }

    @Test
    void impossibleOrForbiddenFeedbackIsRefusedWithAClearReason() throws Exception {
        String reference = reportDeliveredToDe();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        ObjectNode noRemovalTime = (ObjectNode) json.readTree(deJson("feedback-de-content-removed.json", "DE-FB-" + UUID.randomUUID(),
                now.minusSeconds(10), now.minusSeconds(20)));
        noRemovalTime.remove("removedAt");
        assertProblem(postFeedback(demoPartner("de-hotline"), reference, "application/json", noRemovalTime.toString()), 422, "invalid-feedback");

        HttpResponse<String> beforeFirstReport = postDe(reference, "feedback-de-content-removed.json", now.minusSeconds(10),
                Instant.parse("2026-01-01T00:00:00Z"));
        assertProblem(beforeFirstReport, 422, "invalid-feedback");
        assertThat(beforeFirstReport.body()).contains("/removedAt").contains("before the report was first seen or received");

        HttpResponse<String> inTheFuture = postDeType(reference, "ACKNOWLEDGED", now.plusSeconds(3600));
        assertProblem(inTheFuture, 422, "invalid-feedback");
        assertThat(inTheFuture.body()).contains("/occurredAt");

        HttpResponse<String> policeTypeFromAHotline = postDeType(reference, "CASE_OPENED", now.minusSeconds(5));
        assertProblem(policeTypeFromAHotline, 422, "invalid-feedback");
        assertThat(policeTypeFromAHotline.body()).contains("/type");

        // Only the party the report was delivered to may give feedback; to anyone else it does not exist.
        HttpResponse<String> notTheReceiver = postFeedback(demoPartner("nl-hotline"), reference, "application/json",
                deJson("feedback-de-acknowledged.json", "NL-FB-" + UUID.randomUUID(), now.minusSeconds(5), null));
        assertProblem(notTheReceiver, 404, "not-found");
        assertProblem(postFeedback(demoPartner("de-hotline"), "HX-0000000000000000NONE", "application/json",
                deJson("feedback-de-acknowledged.json", "DE-FB-" + UUID.randomUUID(), now.minusSeconds(5), null)), 404, "not-found");
        // Our own case system is never a receiver, whatever format it tries.
        assertProblem(postFeedback(demoPartner("case-management"), reference, "application/xml", "<x/>"), 404, "not-found");
        assertThat(database().count("select count(*) from feedback where reference = ?", reference)).isZero();
    }

    @Test
    void aHotlineSendingInhopeXmlReadsItsRefusalInTheNetworksCodesAndItsElementNames() throws Exception {
        String reference = reportDeliveredToDe();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> policeCode = postFeedback(demoPartner("de-hotline"), reference, "application/xml",
                inhopeFeedback(reference, "LEA_CASE_OPENED", now.minusSeconds(5), ""));
        assertProblem(policeCode, 422, "invalid-feedback");
        assertThat(errors(policeCode)).containsOnlyKeys("/type");
        assertThat(errors(policeCode).get("/type")).isEqualTo("a HOTLINE partner cannot send LEA_CASE_OPENED; it may send"
                + " [ACKNOWLEDGED, REPORTED_TO_LEA, REPORTED_TO_ISP, REMOVED, UNAVAILABLE, NOT_ILLEGAL, MOVED, CLOSED]");

        // actedBy is the relays' (the schema says so): refused like an unknown field, with every other fault.
        HttpResponse<String> withActedBy = postFeedback(demoPartner("de-hotline"), reference, "application/xml",
                inhopeFeedback(reference, "REMOVED", now.minusSeconds(5), "<actedBy>DE</actedBy>"));
        assertProblem(withActedBy, 422, "invalid-feedback");
        assertThat(errors(withActedBy)).containsOnlyKeys("/actedBy", "/removedAt");
        assertThat(errors(withActedBy).get("/actedBy")).startsWith("is for relays from the gateway only");

        HttpResponse<String> unexpectedAndInvalid = postFeedback(demoPartner("de-hotline"), reference, "application/xml",
                inhopeFeedback(reference, "GONE", now.minusSeconds(5), "").replace("<feedbackId>", "<colour>red</colour><feedbackId>"));
        assertProblem(unexpectedAndInvalid, 422, "invalid-feedback");
        assertThat(errors(unexpectedAndInvalid)).containsOnlyKeys("/feedbackId", "/type");
        assertThat(errors(unexpectedAndInvalid).get("/feedbackId")).startsWith("expected here, but found element 'colour'");
        assertThat(errors(unexpectedAndInvalid).get("/type")).startsWith("unknown value 'GONE'; expected one of [")
                .contains("LEA_CASE_OPENED").doesNotContain("CONTENT_REMOVED");
        assertThat(database().count("select count(*) from feedback where reference = ?", reference)).isZero();
    }

    @Test
    void thePoliceReadTheirRefusalInTheirOwnElementNames() throws Exception {
        police.succeedsWithoutReceipt();
        String reference = nlReportHostedInBelgium();
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> removalInTheFuture = postPoliceRaw(reference, "feedback-police-content-removed.xml",
                now.minusSeconds(10), now.plus(Duration.ofHours(1)));
        assertProblem(removalInTheFuture, 422, "invalid-feedback");
        assertThat(errors(removalInTheFuture)).containsOnlyKeys("/RemovalDateLocal");
        assertThat(errors(removalInTheFuture).get("/RemovalDateLocal")).endsWith("is in the future").doesNotContain("removedAt");

        HttpResponse<String> statusInTheFuture = postPoliceRaw(reference, "feedback-police-content-removed.xml",
                now.plus(Duration.ofHours(1)), now.minusSeconds(60));
        assertProblem(statusInTheFuture, 422, "invalid-feedback");
        assertThat(errors(statusInTheFuture)).containsOnlyKeys("/StatusDateLocal");
        assertThat(errors(statusInTheFuture).get("/StatusDateLocal")).endsWith("is in the future").doesNotContain("occurredAt");
        assertThat(database().count("select count(*) from feedback where reference = ?", reference)).isZero();
    }

    @Test
    void aNoteMaySpanLinesButNoFeedbackFieldMayHoldAControlCharacter() throws Exception {
        String reference = reportDeliveredToDe();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String note = "Removed at 22:10.\n\tProvider: Example Hosting BV\r\nTicket 7781";
        ObjectNode multiLine = (ObjectNode) json.readTree(deJson("feedback-de-acknowledged.json", "DE-FB-" + UUID.randomUUID(),
                now.minusSeconds(10), null));
        multiLine.put("note", note);

        HttpResponse<String> accepted = postFeedback(demoPartner("de-hotline"), reference, "application/json", multiLine.toString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(database().count("select count(*) from feedback where reference = ? and note = ?", reference, note)).isEqualTo(1);

        // Written by hand: escapes of a NUL and a line break where only one line may stand.
        String refused = "{\"feedbackId\": \"DE-FB-" + UUID.randomUUID() + "\", \"type\": \"CLOSED\", \"occurredAt\": \""
                + now.minusSeconds(5) + "\", \"receiverReference\": \"DE-2026\\n120455\", \"note\": \"nul \\u0000\"}";
        HttpResponse<String> response = postFeedback(demoPartner("de-hotline"), reference, "application/json", refused);
        assertProblem(response, 422, "invalid-feedback");
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/receiverReference", "/note");
        assertThat(database().count("select count(*) from feedback where reference = ?", reference)).isEqualTo(1);
    }

    // --- races ---------------------------------------------------------------------------------------

    @Test
    void anAcknowledgementOvertakingTheAnswerToOurOwnCallStaysAcknowledged() throws Exception {
        de.respondsSlowly(Duration.ofMillis(1200));
        String reference = internalReportHostedIn("DE");
        await(() -> de.received().stream().anyMatch(message -> message.bodyAsString().contains(reference)));

        assertThat(postDe(reference, "feedback-de-acknowledged.json", clock.instant().minusSeconds(1), null).statusCode()).isEqualTo(202);
        await(() -> attempts(reference, "de-hotline").size() == 1);

        assertThat(attempts(reference, "de-hotline")).containsExactly("SUCCESS 202 null");
        assertThat(deliveryColumn(reference, "de-hotline", "status")).isEqualTo("ACKNOWLEDGED");
        // The receiver's reference from its feedback stands; the late answer's own receipt does not overwrite it.
        assertThat(deliveryColumn(reference, "de-hotline", "receiver_reference")).isEqualTo("DE-2026-120455");
        de.succeeds();
    }

    @Test
    void anAcknowledgementAfterATimedOutAttemptStopsTheRetries() throws Exception {
        de.respondsSlowly(Duration.ofSeconds(3));
        String reference = internalReportHostedIn("DE");
        await(() -> !attempts(reference, "de-hotline").isEmpty());
        assertThat(attempts(reference, "de-hotline").get(0)).startsWith("FAILURE null timeout");

        // The partner did get it (its late 2xx never reached us) and says so.
        assertThat(postDe(reference, "feedback-de-acknowledged.json", clock.instant().minusSeconds(1), null).statusCode()).isEqualTo(202);
        int attemptsAtAck = attempts(reference, "de-hotline").size();
        de.succeeds();
        awaitTicks();
        Thread.sleep(2000); // longer than the retry delay (max 0.5 s) plus one slow call in flight

        assertThat(deliveryColumn(reference, "de-hotline", "status")).isEqualTo("ACKNOWLEDGED");
        // At most the attempt already in flight when the ack came; none started after it.
        assertThat(attempts(reference, "de-hotline").size()).isLessThanOrEqualTo(attemptsAtAck + 1);
        assertThat(deliveryColumn(reference, "de-hotline", "lease_token")).isNull();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private String nlReportHostedInBelgium() throws Exception {
        String report = Files.readString(EXAMPLES.resolve("report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-FU-" + UUID.randomUUID());
        return post(demoPartner("nl-hotline"), report.getBytes(StandardCharsets.UTF_8));
    }

    private String reportDeliveredToDe() throws Exception {
        de.succeedsWithoutReceipt();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        return reference;
    }

    private HttpResponse<String> postPolice(String reference, String example, Instant status, Instant removal) throws Exception {
        HttpResponse<String> response = postPoliceRaw(reference, example, status, removal);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
        return response;
    }

    /** A police example at these times (a removal time only where given), answered as it comes. */
    private HttpResponse<String> postPoliceRaw(String reference, String example, Instant status, Instant removal) throws Exception {
        DateTimeFormatter local = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String body = Files.readString(EXAMPLES.resolve(example)).replace(PLACEHOLDER, reference)
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>FCCU-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>",
                        "<StatusDateLocal>" + local.format(status.atZone(BRUSSELS)) + "</StatusDateLocal>");
        if (removal != null) {
            body = body.replaceAll("<RemovalDateLocal>[^<]+</RemovalDateLocal>",
                    "<RemovalDateLocal>" + local.format(removal.atZone(BRUSSELS)) + "</RemovalDateLocal>");
        }
        return postFeedback(demoPartner("police-fccu"), reference, "application/xml", body);
    }

    /** The takedown example with another case status: the police XML carries every outcome the same way. */
    private void postPoliceStatus(String reference, String caseStatus, Instant status) throws Exception {
        DateTimeFormatter local = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String body = Files.readString(EXAMPLES.resolve("feedback-police-takedown-ordered.xml")).replace(PLACEHOLDER, reference)
                .replace("<CaseStatus>TAKEDOWN_ORDER_ISSUED</CaseStatus>", "<CaseStatus>" + caseStatus + "</CaseStatus>")
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>FCCU-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>",
                        "<StatusDateLocal>" + local.format(status.atZone(BRUSSELS)) + "</StatusDateLocal>");
        HttpResponse<String> response = postFeedback(demoPartner("police-fccu"), reference, "application/xml", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    /** A hotline's INHOPE feedback 1.0 with this action code; extra goes after occurredAt. */
    private static String inhopeFeedback(String reference, String code, Instant occurredAt, String extra) {
        return "<feedback xmlns=\"urn:inhope:exchange:feedback:1.0\"><feedbackId>DE-FB-" + UUID.randomUUID() + "</feedbackId>"
                + "<partnerReference>" + reference + "</partnerReference><type>" + code + "</type>"
                + "<occurredAt>" + occurredAt + "</occurredAt>" + extra + "</feedback>";
    }

    /** The problem's errors, pointer to detail. */
    private Map<String, String> errors(HttpResponse<String> problem) throws Exception {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        json.readTree(problem.body()).get("errors").forEach(e -> errors.merge(e.get("pointer").asText(), e.get("detail").asText(),
                (a, b) -> a + " | " + b));
        return errors;
    }

    private HttpResponse<String> postDe(String reference, String example, Instant occurredAt, Instant removedAt) throws Exception {
        return postFeedback(demoPartner("de-hotline"), reference, "application/json",
                deJson(example, "DE-FB-" + UUID.randomUUID(), occurredAt, removedAt));
    }

    private HttpResponse<String> postDeItem(String reference, String feedbackId, String type, Instant occurredAt, Instant removedAt)
            throws Exception {
        ObjectNode body = json.createObjectNode().put("feedbackId", feedbackId).put("type", type).put("occurredAt", occurredAt.toString());
        if (removedAt != null) {
            body.put("removedAt", removedAt.toString());
        }
        return postFeedback(demoPartner("de-hotline"), reference, "application/json", body.toString());
    }

    private HttpResponse<String> postDeType(String reference, String type, Instant occurredAt) throws Exception {
        ObjectNode body = json.createObjectNode().put("feedbackId", "DE-FB-" + UUID.randomUUID()).put("type", type)
                .put("occurredAt", occurredAt.toString());
        return postFeedback(demoPartner("de-hotline"), reference, "application/json", body.toString());
    }

    private String deJson(String example, String feedbackId, Instant occurredAt, Instant removedAt) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve(example)));
        body.put("feedbackId", feedbackId).put("occurredAt", occurredAt.toString());
        if (removedAt != null) {
            body.put("removedAt", removedAt.toString());
        }
        return body.toString();
    }

    private HttpResponse<String> postFeedback(PartnerClient client, String reference, String mediaType, String body) throws Exception {
        return client.post("/api/v1/reports/" + reference + "/feedback", mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private Instant ackDueAt(String reference, String partnerId) throws Exception {
        try (var connection = database().connect(); var statement = connection.prepareStatement(
                "select ack_due_at from delivery where reference = ? and partner_id = ?")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }

    private JsonNode readReport(String reference) throws Exception {
        HttpResponse<String> response = demoPartner("case-management").get("/api/v1/reports/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String reportStatus(String reference) throws Exception {
        return readReport(reference).get("status").asText();
    }

    private List<String> events(String reference) throws Exception {
        List<String> types = new java.util.ArrayList<>();
        readReport(reference).get("events").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private List<ReceivedMessage> awaitRelays(be.hotline.gateway.simulator.PartnerSimulator partner, String reference, int count)
            throws Exception {
        String theirReference = readReport(reference).get("partnerReference").asText();
        await(() -> partner.relays().stream().filter(relay -> relay.bodyAsString().contains(theirReference)).count() >= count);
        return partner.relays().stream().filter(relay -> relay.bodyAsString().contains(theirReference)).toList();
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:" + type);
    }

    /** Long enough for the ack-deadline route (every 100 ms here) to have run a few times. */
    private static void awaitTicks() throws InterruptedException {
        Thread.sleep(400);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + SOON);
            }
            Thread.sleep(25);
        }
    }

    private static void assertSchemaValid(byte[] xml, String xsd) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(Path.of(xsd).toFile()).newValidator()
                .validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    }
}
