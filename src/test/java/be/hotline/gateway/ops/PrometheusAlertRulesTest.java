package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alert rules operators copy (docs/ops/prometheus-alerts.yml) load in Prometheus and fire when they should:
 * `promtool check rules`, then the unit tests of docs/ops/prometheus-alerts-test.yml. Needs Debian's promtool
 * (package prometheus, which .ci/run installs); without it the test fails, never skips.
 */
class PrometheusAlertRulesTest {

    private static final Path PROMTOOL = Path.of(System.getProperty("promtool", "/usr/bin/promtool"));
    private static final Path RULES = Path.of("docs/ops/prometheus-alerts.yml");
    private static final Path RULE_TESTS = Path.of("docs/ops/prometheus-alerts-test.yml");

    @Test
    void theRulesLoad() throws Exception {
        String output = promtool("check", "rules", RULES.toString());
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void theRulesFireAndResolveAsTheirUnitTestsSay() throws Exception {
        String output = promtool("test", "rules", RULE_TESTS.toString());
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void everyWatchAlertHasAUnitTest() throws IOException {
        String tests = Files.readString(RULE_TESTS);
        for (String alert : List.of("GatewayPartnerSilent", "GatewayReportsStalled")) {
            assertThat(Files.readString(RULES)).contains("alert: " + alert);
            assertThat(tests).contains("alertname: " + alert);
        }
    }

    /** Runs promtool; a non-zero exit fails the test with promtool's own words. */
    private static String promtool(String... arguments) throws Exception {
        assertThat(Files.isExecutable(PROMTOOL)).as(PROMTOOL + " is missing: apt-get install -y prometheus (.ci/run does it)")
                .isTrue();
        List<String> command = new java.util.ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool within a minute").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
