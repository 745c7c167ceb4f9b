package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard operators import (docs/ops/grafana-dashboard.json) reads only series the gateway exports:
 * every metric name in every panel's query appears in the real gateway's /ops/metrics once a report was accepted,
 * one refused, one delivered and acknowledged, one delivery failed. Every query is valid PromQL (promtool), every
 * panel has a title and the templated data source. Metrics do not depend on the database: H2 only.
 */
class GrafanaDashboardTest extends DeliveryTestSupport {

    private static final Path DASHBOARD = Path.of("docs/ops/grafana-dashboard.json");
    private static final String DATASOURCE = "${datasource}";
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((\\w+),");
    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.putAll(OpsUsersForTests.properties());
        return properties;
    }

    @Test
    void everyPanelHasATitleAndTheTemplatedDatasourceAndEveryQueryPanelAQuery() throws Exception {
        for (JsonNode panel : panels()) {
            String name = panel.path("type").asText() + " #" + panel.path("id").asText();
            assertThat(panel.path("title").asText()).as(name + " title").isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).as(name + " datasource").isEqualTo(DATASOURCE);
            if (!"row".equals(panel.path("type").asText())) {
                assertThat(panel.path("targets")).as(name + " targets").isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("expr").asText()).as(name + " expr").isNotBlank();
                    assertThat(target.path("datasource").path("uid").asText()).as(name + " target datasource").isEqualTo(DATASOURCE);
                }
            }
        }
    }

    @Test
    void theDatasourceIsAPrometheusVariableAndPartnerComesFromLabelValues() throws Exception {
        JsonNode variables = dashboard().path("templating").path("list");
        assertThat(variable(variables, "datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(variable(variables, "datasource").path("query").asText()).isEqualTo("prometheus");
        JsonNode partner = variable(variables, "partner");
        assertThat(partner.path("type").asText()).isEqualTo("query");
        assertThat(partner.path("datasource").path("uid").asText()).isEqualTo(DATASOURCE);
        assertThat(partner.path("definition").asText()).startsWith("label_values(").contains(", partner)");
    }

    @Test
    void promtoolAcceptsEveryQuery() throws Exception {
        StringBuilder rules = new StringBuilder("groups:\n  - name: grafana-dashboard\n    rules:\n");
        int number = 0;
        for (String expression : expressions()) {
            rules.append("      - record: dashboard_query_").append(++number).append("\n        expr: ")
                    .append(json.writeValueAsString(withVariablesSubstituted(expression))).append('\n');
        }
        Path file = Files.createTempFile("grafana-dashboard-queries", ".yml");
        try {
            Files.writeString(file, rules);
            assertThat(Promtool.run("check", "rules", file.toString())).contains("SUCCESS: " + number + " rules found");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void everyMetricTheDashboardReadsIsInTheGatewaysScrape() throws Exception {
        Set<String> names = new TreeSet<>();
        expressions().forEach(expression -> names.addAll(PromQlMetricNames.in(expression)));
        Matcher partnerSource = LABEL_VALUES.matcher(variable(dashboard().path("templating").path("list"), "partner")
                .path("definition").asText());
        assertThat(partnerSource.find()).isTrue();
        names.add(partnerSource.group(1));
        assertThat(names).as("the dashboard reads the gateway's own series").contains("hotline_reports_received_total",
                "hotline_delivery_latency_seconds_bucket", "hotline_outbox_deliveries", "hotline_partner_healthy",
                "hotline_certificate_days_to_expiry", "hotline_audit_chain_intact", "hotline_audit_unsealed_entries");

        exerciseTheGateway();

        Set<String> exported = Set.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !exported.containsAll(names)) {
            exported = exportedNames(ops().get("/ops/metrics").body());
            Thread.sleep(200);
        }
        List<String> missing = new ArrayList<>(names);
        missing.removeAll(exported);
        assertThat(missing).as("metric names the dashboard reads but /ops/metrics does not export").isEmpty();
    }

    /** A report accepted and delivered to DE, which acknowledges it; one refused; one whose receiver is down. */
    private void exerciseTheGateway() throws Exception {
        de.succeedsWithoutReceipt();
        String delivered = internalReportHostedIn("DE");
        awaitDelivery(delivered, "de-hotline", "DELIVERED", Duration.ofSeconds(20));
        String acknowledgement = "{\"feedbackId\":\"DE-FB-" + UUID.randomUUID() + "\",\"type\":\"ACKNOWLEDGED\",\"occurredAt\":\""
                + Instant.now().minusSeconds(5) + "\"}";
        assertThat(demoPartner("de-hotline").post("/api/v1/reports/" + delivered + "/feedback", "application/json",
                acknowledgement.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(202);

        HttpResponse<String> refused = demoPartner("case-management").post("/api/v1/reports", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);

        internalReportHostedIn("AT"); // nothing listens where at-hotline receives: failed attempts and retries
    }

    /** The metric names of a Prometheus text exposition (sample lines, not comments). */
    static Set<String> exportedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** Grafana's interval variables become a duration, the others (label values) match anything. */
    private static String withVariablesSubstituted(String expression) {
        return expression.replaceAll("\\$__(rate_interval|interval|range)", "5m").replaceAll("\\$\\{?\\w+}?", ".*");
    }

    private OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
    }

    private JsonNode dashboard() throws Exception {
        return json.readTree(DASHBOARD.toFile());
    }

    /** Every panel, rows and the panels inside collapsed rows included. */
    private List<JsonNode> panels() throws Exception {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        assertThat(panels).as("panels of " + DASHBOARD).isNotEmpty();
        return panels;
    }

    private List<String> expressions() throws Exception {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels()) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        return expressions;
    }

    private static JsonNode variable(JsonNode variables, String name) {
        for (JsonNode variable : variables) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("no templating variable " + name);
    }
}
