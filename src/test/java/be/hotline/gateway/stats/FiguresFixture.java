package be.hotline.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reports and feedback for the figures, all through the partner API of the running gateway: our case management's
 * docs/api example with the classification, depiction, countries and first-seen time a test needs (no hashes, a URL
 * of its own per item, so nothing matches by accident), the receivers' feedback in their own formats (the police's
 * case feedback XML, a hotline's JSON), and at the end the report moved to the receipt time the test needs, where
 * the figures count it (report, its URL keys and duplicate link: what intake would have written then).
 */
public final class FiguresFixture {

    public static final Path INTERNAL_EXAMPLE = Path.of("docs/api/examples/report-internal.json");
    static final Path NL_EXAMPLE = Path.of("docs/api/examples/report-nl-hotline.json");
    private static final DateTimeFormatter BRUSSELS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final DeliveryTestSupport gateway;
    private final Function<String, PartnerClient> partners;
    private final TestDatabase database;
    private final ObjectMapper json = new ObjectMapper();
    /** When the content was first seen: the takedown clock starts here, ten days ago. */
    final Instant firstSeen = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(10));

    /** @param partners a client with a partner's demo certificate */
    public FiguresFixture(DeliveryTestSupport gateway, Function<String, PartnerClient> partners, TestDatabase database) {
        this.gateway = gateway;
        this.partners = partners;
        this.database = database;
    }

    /** Our case management's report; depiction null leaves it out (the intake's default, NOT_DETERMINED). */
    public String internal(String classification, String depiction, String... countries) throws Exception {
        return post(classification, depiction, null, countries);
    }

    /** The same, its first item with this URL (an earlier report's: a duplicate). */
    public String duplicateOf(String firstUrl, String classification, String depiction, String... countries) throws Exception {
        return post(classification, depiction, firstUrl, countries);
    }

    private String post(String classification, String depiction, String firstUrl, String... countries) throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(INTERNAL_EXAMPLE.toFile());
        report.put("partnerReference", "CM-" + UUID.randomUUID());
        report.put("firstSeenAt", firstSeen.toString());
        ObjectNode assessment = (ObjectNode) report.get("assessment");
        assessment.put("classification", classification);
        if (depiction == null) {
            assessment.remove("depiction");
        } else {
            assessment.put("depiction", depiction);
        }
        ArrayNode items = (ArrayNode) report.get("contentItems");
        ObjectNode template = (ObjectNode) items.get(0);
        template.remove("hashes");
        template.put("firstSeenAt", firstSeen.toString());
        items.removeAll();
        for (int i = 0; i < countries.length; i++) {
            ObjectNode item = template.deepCopy();
            item.put("hostingCountry", countries[i]);
            item.put("url", i == 0 && firstUrl != null ? firstUrl : "http://board.example.org/t/" + UUID.randomUUID());
            items.add(item);
        }
        return gateway.post(partners.apply("case-management"), json.writeValueAsBytes(report));
    }

    /** The NL hotline's docs/api example (two items hosted here, for the police), under a fresh reference. */
    public String fromNlHotline() throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(NL_EXAMPLE.toFile());
        report.put("partnerReference", "NL-" + UUID.randomUUID());
        for (JsonNode item : report.get("contentItems")) {
            ((ObjectNode) item).put("url", "https://images.example.be/gallery/" + UUID.randomUUID());
            ((ObjectNode) item).remove("hashes");
        }
        return gateway.post(partners.apply("nl-hotline"), json.writeValueAsBytes(report));
    }

    public String firstUrl(String reference) throws Exception {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "select url from report_content_item where reference = ? and position = 0")) {
            statement.setString(1, reference);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getString(1);
        }
    }

    /** Waits until the receiver has the report (delivered, or acknowledged by the simulator's receipt). */
    public void awaitDelivered(String reference, String partner) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = gateway.deliveryColumn(reference, partner, "status");
            if (Set.of("DELIVERED", "ACKNOWLEDGED").contains(status)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(reference + " to " + partner + " is " + status + "; attempts " + gateway.attempts(reference, partner));
    }

    /** The police's case feedback (docs/api/examples/feedback-police-*.xml), happened {@code minutesAgo}. */
    public void police(String reference, String caseStatus, long minutesAgo, Instant removedAt) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CaseFeedback xmlns=\"urn:be:police:fccu:case-feedback:1.0\">\n"
                + "  <FeedbackId>FCCU-CF-" + UUID.randomUUID() + "</FeedbackId>\n"
                + "  <HotlineReference>" + reference + "</HotlineReference>\n"
                + "  <CaseStatus>" + caseStatus + "</CaseStatus>\n"
                + "  <StatusDateLocal>" + BRUSSELS.format(ago(minutesAgo)) + "</StatusDateLocal>\n"
                + "  <PvNumber>BR.12.LL.123456/26</PvNumber>\n"
                + (removedAt == null ? "" : "  <RemovalDateLocal>" + BRUSSELS.format(removedAt) + "</RemovalDateLocal>\n")
                + "</CaseFeedback>\n";
        accepted(partners.apply("police-fccu").post("/api/v1/reports/" + reference + "/feedback", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A hotline's JSON feedback (docs/api/examples/feedback-de-*.json) about the whole report. */
    public void hotline(String partner, String reference, String type, long minutesAgo, Instant removedAt, String reason)
            throws Exception {
        ObjectNode feedback = json.createObjectNode().put("feedbackId", "FB-" + UUID.randomUUID()).put("type", type)
                .put("occurredAt", ago(minutesAgo).toString());
        if (removedAt != null) {
            feedback.put("removedAt", removedAt.toString());
        }
        if (reason != null) {
            feedback.put("reason", reason);
        }
        accepted(partners.apply(partner).post("/api/v1/reports/" + reference + "/feedback", "application/json",
                json.writeValueAsBytes(feedback)));
    }

    /**
     * A receiver moved the item: its item status written as a MOVED feedback leaves it (MovedItemsContract shows the
     * real flow does), by hand so that the re-routing does not also move the fixture's hosting and delivery figures.
     */
    public void moved(String reference, int position, String oldReceiver) throws Exception {
        update("insert into item_status (reference, position, partner_id, furthest_feedback, updated_at) values (?, ?, ?, 'MOVED', ?)",
                reference, position, oldReceiver, Instant.now());
    }

    /** The report as if received then: its row, its URL keys, and its items' links to earlier items. */
    public void receivedAt(String reference, Instant receivedAt) throws Exception {
        update("update report set received_at = ? where reference = ?", receivedAt, reference);
        update("update content_key set received_at = ? where reference = ?", receivedAt, reference);
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "update content_link set linked_at = ? where reference = ?")) {
            statement.setObject(1, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            statement.setString(2, reference);
            statement.executeUpdate();
        }
    }

    private Instant ago(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(minutes));
    }

    private static void accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
    }

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
