package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the contract tests of the internal reads share: posting the docs/api INTERNAL example with the countries a
 * test needs, and changing stored rows the way later flows (acknowledgements, feedback) will.
 */
abstract class InternalReadsContract extends GatewayTestSupport {

    static final Path INTERNAL_EXAMPLE = Path.of("docs/api/examples/report-internal.json");
    static final String REPORTS = GatewayPaths.REPORTS;
    final ObjectMapper json = new ObjectMapper();

    PartnerClient internal() {
        return demoPartner("case-management");
    }

    /** Posts the INTERNAL example under a fresh partnerReference, one content item per country given. */
    String postInternal(String... countries) throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(INTERNAL_EXAMPLE.toFile());
        report.put("partnerReference", "CM-" + UUID.randomUUID());
        ArrayNode items = (ArrayNode) report.get("contentItems");
        ObjectNode template = (ObjectNode) items.get(0);
        items.removeAll();
        for (int i = 0; i < countries.length; i++) {
            ObjectNode item = template.deepCopy();
            item.put("hostingCountry", countries[i]);
            item.put("url", template.get("url").asText() + "/" + i);
            items.add(item);
        }
        HttpResponse<String> response = internal().post(REPORTS, "application/json", json.writeValueAsBytes(report));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    JsonNode getJson(PartnerClient client, String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i] instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameters[i];
                statement.setObject(i + 1, parameter);
            }
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }

    /** What the feedback flow will write when content is reported removed. */
    void removed(String reference, Instant removedAt, long takedownSeconds) throws Exception {
        update("update report set removed_at = ?, takedown_seconds = ? where reference = ?", removedAt, takedownSeconds, reference);
    }

    void receivedAt(String reference, Instant receivedAt) throws Exception {
        update("update report set received_at = ? where reference = ?", receivedAt, reference);
    }

    static String encoded(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    static List<String> references(JsonNode page) {
        List<String> references = new ArrayList<>();
        page.get("items").forEach(item -> references.add(item.get("reference").asText()));
        return references;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Asserts a 403 internal-only problem for another partner's GET of {@code path}, and returns the problem. */
    JsonNode assertInternalOnly(String partner, String path) throws Exception {
        HttpResponse<String> response = demoPartner(partner).get(path);
        assertThat(response.statusCode()).as(partner).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).as(partner).contains("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:hotline-gateway:problem:internal-only");
        return problem;
    }

    /** Asserts a 400 invalid-query problem naming exactly these parameters. */
    void assertInvalidQuery(String path, String... parameters) throws Exception {
        HttpResponse<String> response = internal().get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:hotline-gateway:problem:invalid-query");
        assertThat(problem.get("errors").findValuesAsText("parameter")).as(path).containsExactlyInAnyOrder(parameters);
        problem.get("errors").forEach(error -> assertThat(error.get("detail").asText()).isNotBlank());
    }
}
