package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.ops.cli.OpsCli;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The ops commands of the CLI, run in-process against a running gateway's ops API. */
class OpsCliTest extends GatewayTestSupport {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        return OpsUsersForTests.properties();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(Map<String, String> env, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        int exit = OpsCli.run(args[0], rest, env, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, String> env() {
        return Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + opsPort, "GATEWAY_OPS_USER", OpsUsersForTests.USER,
                "GATEWAY_OPS_PASSWORD", OpsUsersForTests.PASSWORD);
    }

    @Test
    void statusSumsUpTheOverview() {
        Run run = cli(env(), "", "status");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("outbox:", "partners:", "certificates:", "police-fccu", "gateway (partner API)");
    }

    @Test
    void deliveriesListRetryAndCancel() throws Exception {
        byte[] report = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/api/examples/report-nl-hotline.json"));
        assertThat(demoPartner("nl-hotline").post("/api/v1/reports", "application/json", report).statusCode()).isEqualTo(202);
        Run list = cli(env(), "", "deliveries", "list", "--partner", "police-fccu");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("police-fccu", "PENDING", "1 deliveries");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        Run retry = cli(env(), "", "deliveries", "retry", id, "--reason", "not dead");
        assertThat(retry.exit()).isEqualTo(OpsCli.EXIT_FAILED);
        assertThat(retry.err()).contains("409");

        assertThat(cli(env(), "", "deliveries", "cancel", id).exit()).isEqualTo(OpsCli.EXIT_USAGE);
        Run cancel = cli(env(), "", "deliveries", "cancel", id, "--reason", "duplicate of an e-mailed case");
        assertThat(cancel.exit()).as(cancel.err()).isZero();
        assertThat(cancel.out()).contains("delivery " + id + " is now CANCELLED");
        assertThat(cli(env(), "", "deliveries", "list", "--dead").out()).contains("0 deliveries");
    }

    @Test
    void clearMessagesForWrongCredentialsAndNoGateway() {
        Run wrong = cli(Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + opsPort, "GATEWAY_OPS_USER", "alice",
                "GATEWAY_OPS_PASSWORD", "wrong"), "", "status");
        assertThat(wrong.exit()).isEqualTo(OpsCli.EXIT_FAILED);
        assertThat(wrong.err()).contains("refused the credentials (401)", "GATEWAY_OPS_USER");

        Run refused = cli(Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + FreePort.find(), "GATEWAY_OPS_USER", "alice",
                "GATEWAY_OPS_PASSWORD", "x"), "", "deliveries", "list");
        assertThat(refused.exit()).isEqualTo(OpsCli.EXIT_FAILED);
        assertThat(refused.err()).contains("connection refused", "is the gateway running");

        Run missing = cli(Map.of(), "", "status");
        assertThat(missing.err()).contains("set GATEWAY_OPS_USER and GATEWAY_OPS_PASSWORD");
    }

    @Test
    void hashPasswordPrintsAHashTheGatewayAccepts() {
        Run run = cli(Map.of(), "a-long-enough-password\n", "ops", "hash-password");
        assertThat(run.exit()).as(run.err()).isZero();
        String hash = run.out().trim();
        assertThat(hash).startsWith("pbkdf2$210000$");
        assertThat(OpsUsers.parse("carol:" + hash).authenticate("carol", "a-long-enough-password".toCharArray())).contains("carol");
        assertThat(cli(Map.of(), "short\n", "ops", "hash-password").exit()).isEqualTo(OpsCli.EXIT_FAILED);
    }
}
