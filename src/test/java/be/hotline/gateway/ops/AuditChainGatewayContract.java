package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.ops.cli.OpsCli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit chain in the real gateway: every source (report events, feedback, delivery attempts, reads, ops sign-ins
 * and actions) becomes an entry; the sealer links them; {@code gateway audit verify} exits 0, and 3 naming the entry
 * changed in the database, as do the ops API, the gauge and readiness; exported checkpoints verify with openssl.
 */
abstract class AuditChainGatewayContract extends DeliveryTestSupport {

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.putAll(OpsUsersForTests.properties());
        properties.setProperty("gateway.audit.checkpoint-interval", "PT0S");
        properties.setProperty("gateway.audit.verify-interval-ms", "300");
        return properties;
    }

    private OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
    }

    @Test
    void everySourceBecomesAnEntryOfOneChainThatVerifiesAndHoldsNoReporterDataOrUrl() throws Exception {
        de.succeedsWithoutReceipt();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", Duration.ofSeconds(20));
        String feedback = "{\"feedbackId\":\"DE-FB-" + UUID.randomUUID() + "\",\"type\":\"ACKNOWLEDGED\",\"occurredAt\":\""
                + java.time.Instant.now().minusSeconds(5) + "\"}";
        assertThat(demoPartner("de-hotline").post("/api/v1/reports/" + reference + "/feedback", "application/json",
                feedback.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(202);
        assertThat(demoPartner("case-management").get("/api/v1/reports/" + reference).statusCode()).isEqualTo(200);
        assertThat(demoPartner("case-management").get("/api/v1/reports?limit=5").statusCode()).isEqualTo(200);
        assertThat(ops().get("/ops/api/reports?reference=" + reference).statusCode()).isEqualTo(200);
        assertThat(ops().anonymous().post("/ops/login", "{\"username\":\"alice\",\"password\":\"nope\"}").statusCode()).isEqualTo(401);
        assertThat(ops().anonymous().post("/ops/login", "{\"username\":\"alice\",\"password\":\"" + OpsUsersForTests.PASSWORD
                + "\"}").statusCode()).isEqualTo(200);
        assertThat(ops().post("/ops/api/partners/reload", "{}").statusCode()).isEqualTo(200);
        awaitSealed();

        assertThat(kindsAndActions()).contains("REPORT_EVENT RECEIVED", "DELIVERY_ATTEMPT SUCCESS", "FEEDBACK ACKNOWLEDGED",
                "REPORT_READ PARTNER_STATUS_READ", "REPORT_READ CASE_VIEW", "REPORT_READ OPS_SEARCH", "OPS_SIGN_IN LOGIN",
                "OPS_SIGN_IN LOGIN_FAILED", "OPS_ACTION PARTNERS_RELOADED");
        for (String value : List.of("reporter@example.org", "Example Reporter", "+32 2 555 01 23", "board.example.de")) {
            for (String table : List.of("audit_entry", "audit_pending")) {
                assertThat(database().count("select count(*) from " + table + " where coalesce(subject, '') like ? or"
                        + " coalesce(actor, '') like ? or action like ?", "%" + value + "%", "%" + value + "%", "%" + value + "%"))
                        .as(value + " in " + table).isZero();
            }
        }

        Run verify = cli("audit", "verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("audit chain intact:");

        Path exported = folder.resolve("checkpoints-" + database().kind());
        Run export = cli("audit", "export-checkpoints", exported.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        List<Path> checkpoints;
        try (Stream<Path> files = Files.list(exported)) {
            checkpoints = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(checkpoints).isNotEmpty();
        Path last = checkpoints.get(checkpoints.size() - 1);
        assertThat(opensslVerify(last, Path.of(last + ".p7s"))).as("openssl cms -verify " + last).isZero();
        assertThat(json.readTree(last.toFile()).get("headHash").asText()).hasSize(64);
    }

    @Test
    void aRowChangedInTheDatabaseIsNamedByTheCliTheOpsApiTheGaugeAndReadiness() throws Exception {
        internalReportHostedIn("NL");
        awaitSealed();
        String actor = column("select actor from audit_entry where position = 2");
        update("update audit_entry set actor = 'mallory' where position = 2");
        try {
            Run verify = cli("audit", "verify");
            assertThat(verify.exit()).isEqualTo(3);
            assertThat(verify.out()).contains("audit chain BROKEN at entry 2", "changed");

            JsonNode chain = json.readTree(ops().get("/ops/api/audit/chain").body());
            assertThat(chain.get("status").asText()).isEqualTo("BROKEN");
            assertThat(chain.get("firstBroken").get("position").asLong()).isEqualTo(2);
            assertThat(ops().get("/ops/metrics").body()).contains("hotline_audit_chain_intact 0.0");
            HttpResponse<String> ready = ops().get("/ops/health/ready");
            assertThat(ready.statusCode()).as("a warning, still ready").isEqualTo(200);
            assertThat(ready.body()).contains("audit chain broken at entry 2").contains("\"warnings\":true");
        } finally {
            update("update audit_entry set actor = '" + actor + "' where position = 2");
        }
        assertThat(cli("audit", "verify").exit()).as("restored").isZero();
        assertThat(ops().get("/ops/metrics").body()).contains("hotline_audit_chain_intact 1.0", "hotline_audit_unsealed_entries");
    }

    private void awaitSealed() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database().count("select count(*) from audit_pending") > 0) {
            assertThat(System.nanoTime()).as("the sealer links every entry").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private Set<String> kindsAndActions() throws Exception {
        Set<String> seen = new HashSet<>();
        try (Connection connection = database().connect();
             PreparedStatement statement = connection.prepareStatement("select distinct kind, action from audit_entry");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                seen.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return seen;
    }

    private String column(String sql) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void update(String sql) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + opsPort, "GATEWAY_OPS_USER",
                OpsUsersForTests.USER, "GATEWAY_OPS_PASSWORD", OpsUsersForTests.PASSWORD);
        int exit = OpsCli.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), env,
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private int opensslVerify(Path content, Path signature) throws Exception {
        Process openssl = new ProcessBuilder(List.of("openssl", "cms", "-verify", "-inform", "DER", "-binary",
                "-content", content.toString(), "-in", signature.toString(), "-CAfile", DEMO_ROOT_CA.toString(), "-out", "/dev/null"))
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return openssl.exitValue();
    }
}
