package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The alert rules operators copy (docs/ops/prometheus-alerts.yml) load in Prometheus and fire when they should:
 * `promtool check rules`, then the unit tests of docs/ops/prometheus-alerts-test.yml. Needs Debian's promtool
 * (package prometheus, which .ci/run installs); without it the test fails, never skips.
 */
class PrometheusAlertRulesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RULES = Path.of("docs/ops/prometheus-alerts.yml");
    private static final Path RULE_TESTS = Path.of("docs/ops/prometheus-alerts-test.yml");

    @Test
    void theRulesLoad() throws Exception {
        String output = Promtool.run("check", "rules", RULES.toString());
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void theRulesFireAndResolveAsTheirUnitTestsSay() throws Exception {
        String output = Promtool.run("test", "rules", RULE_TESTS.toString());
        assertThat(output).contains("SUCCESS");
    }

    /**
     * Every alert of the rules file, read from it, has a unit test case in which it fires (a non-empty exp_alerts):
     * a new alert without one fails here, not in production.
     */
    @Test
    void everyAlertHasAUnitTestInWhichItFires() throws IOException {
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : YAML.readTree(RULES.toFile()).path("groups")) {
            group.path("rules").forEach(rule -> {
                if (rule.has("alert")) {
                    alerts.add(rule.path("alert").asText());
                }
            });
        }
        assertThat(alerts).as("alerts of " + RULES).hasSizeGreaterThan(10).contains("GatewayPartnerSilent", "GatewayAuditChainBroken");

        Set<String> firing = new TreeSet<>();
        for (JsonNode test : YAML.readTree(RULE_TESTS.toFile()).path("tests")) {
            for (JsonNode evaluation : test.path("alert_rule_test")) {
                if (!evaluation.path("exp_alerts").isEmpty()) {
                    firing.add(evaluation.path("alertname").asText());
                }
            }
        }
        assertThat(firing).as("alerts that fire in a unit test of " + RULE_TESTS).containsAll(alerts);
    }
}
