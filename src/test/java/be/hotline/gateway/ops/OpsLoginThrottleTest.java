package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.OffsetClock;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling on the real ops port, per user name and per client address (each test is its own loopback
 * addresses, 127.0.0.x, and its own users): 429 with Retry-After, growing lock-outs, the console login and HTTP
 * Basic counted together, every failure audited and measured. 127.0.0.1 reads audit and metrics and never fails.
 */
class OpsLoginThrottleTest extends GatewayTestSupport {

    private static final int PER_USER = 5;
    private static final int PER_ADDRESS = 8;
    private final TestDatabase database = TestDatabase.freshH2();
    private final OffsetClock clock = new OffsetClock();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = OpsUsersForTests.properties("carol", "dave", "erin", "frank", "grace", "heidi", "reader");
        properties.setProperty("gateway.ops.login-throttle.max-failures-per-user", Integer.toString(PER_USER));
        properties.setProperty("gateway.ops.login-throttle.max-failures-per-address", Integer.toString(PER_ADDRESS));
        properties.setProperty("gateway.ops.login-throttle.window", "PT5M");
        properties.setProperty("gateway.ops.login-throttle.lockout", "PT1M");
        properties.setProperty("gateway.ops.login-throttle.max-lockout", "PT15M");
        return properties;
    }

    private LoopbackClient from(String address) {
        return new LoopbackClient(opsPort, address);
    }

    @Test
    void sixWrongPasswordsThenTheRightOneAre429WithRetryAfterAndOtherUsersAreUnaffected() throws Exception {
        double failedBefore = failures("password", "bad_credentials");
        double throttledBefore = failures("password", "throttled");
        LoopbackClient attacker = from("127.0.0.2");
        for (int i = 1; i <= PER_USER; i++) {
            assertThat(attacker.login("carol", "guess-" + i).status()).as("wrong password %d", i).isEqualTo(401);
        }
        LoopbackClient.Answer sixth = attacker.login("carol", "guess-6");
        assertThrottled(sixth, 60);
        assertThrottled(attacker.login("carol", OpsUsersForTests.password("carol")), 60);
        // The user name is locked from every address; another user is not, from this address or another.
        assertThrottled(from("127.0.0.3").login("carol", OpsUsersForTests.password("carol")), 60);
        assertThat(from("127.0.0.3").login("dave", OpsUsersForTests.password("dave")).status()).isEqualTo(200);
        assertThat(attacker.login("dave", OpsUsersForTests.password("dave")).status()).isEqualTo(200);

        List<JsonNode> audit = auditOf("carol");
        assertThat(audit).filteredOn(entry -> entry.get("action").asText().equals("LOGIN_FAILED")).hasSize(PER_USER)
                .allSatisfy(entry -> {
                    assertThat(entry.get("target").asText()).isEqualTo("password");
                    assertThat(entry.get("reason").asText()).isEqualTo("from 127.0.0.2");
                });
        // Three refusals in one lock-out, audited once: refusals cost nothing and must not flood the table.
        assertThat(audit).filteredOn(entry -> entry.get("action").asText().equals("LOGIN_THROTTLED")).singleElement()
                .satisfies(entry -> assertThat(entry.get("reason").asText()).startsWith("from 127.0.0.2; user name locked for"));
        assertThat(audit).noneMatch(entry -> entry.get("action").asText().equals("LOGIN"));
        assertThat(failures("password", "bad_credentials") - failedBefore).isEqualTo(PER_USER);
        assertThat(failures("password", "throttled") - throttledBefore).isEqualTo(3);
    }

    @Test
    void theAddressRuleLocksEveryUserNameFromThatAddressOnly() throws Exception {
        LoopbackClient sprayer = from("127.0.0.4");
        for (int i = 1; i <= PER_ADDRESS; i++) {
            assertThat(sprayer.login("guessed-name-" + i, "guess").status()).as("name %d", i).isEqualTo(401);
        }
        assertThrottled(sprayer.login("erin", OpsUsersForTests.password("erin")), 60);
        assertThat(from("127.0.0.5").login("erin", OpsUsersForTests.password("erin")).status()).isEqualTo(200);
        assertThat(auditOf("erin")).filteredOn(entry -> entry.get("action").asText().equals("LOGIN_THROTTLED")).singleElement()
                .satisfies(entry -> assertThat(entry.get("reason").asText()).startsWith("from 127.0.0.4; address locked for"));
    }

    @Test
    void basicCredentialsAreASignInThrottledWithTheConsoleLogin() throws Exception {
        double failedBefore = failures("basic", "bad_credentials");
        double throttledBefore = failures("basic", "throttled");
        LoopbackClient script = from("127.0.0.6");
        for (int i = 1; i <= PER_USER; i++) {
            LoopbackClient.Answer wrong = script.getWithBasic("/ops/api/overview", "frank", "guess-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.header("WWW-Authenticate")).isPresent();
        }
        assertThrottled(script.getWithBasic("/ops/api/overview", "frank", OpsUsersForTests.password("frank")), 60);
        assertThrottled(from("127.0.0.7").login("frank", OpsUsersForTests.password("frank")), 60);

        List<JsonNode> audit = auditOf("frank");
        assertThat(audit).filteredOn(entry -> entry.get("action").asText().equals("LOGIN_FAILED")).hasSize(PER_USER)
                .allSatisfy(entry -> assertThat(entry.get("target").asText()).isEqualTo("basic"));
        assertThat(audit).filteredOn(entry -> entry.get("action").asText().equals("LOGIN_THROTTLED")).singleElement()
                .satisfies(entry -> assertThat(entry.get("target").asText()).isEqualTo("basic"));
        assertThat(failures("basic", "bad_credentials") - failedBefore).isEqualTo(PER_USER);
        assertThat(failures("basic", "throttled") - throttledBefore).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginForgetsTheUsersFailures() throws Exception {
        for (String address : List.of("127.0.0.8", "127.0.0.9")) {
            for (int i = 1; i < PER_USER; i++) {
                assertThat(from(address).login("grace", "guess-" + i).status()).isEqualTo(401);
            }
            assertThat(from(address).login("grace", OpsUsersForTests.password("grace")).status()).as(address).isEqualTo(200);
        }
        assertThat(auditOf("grace")).filteredOn(entry -> entry.get("action").asText().equals("LOGIN")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.get("target").asText()).isEqualTo("password"));
    }

    @Test
    void eachFailureAfterALockoutLocksTheUserNameTwiceAsLong() throws Exception {
        LoopbackClient attacker = from("127.0.0.10");
        for (int i = 1; i <= PER_USER; i++) {
            attacker.login("heidi", "guess-" + i);
        }
        assertThrottled(attacker.login("heidi", "guess"), 60);
        clock.advance(Duration.ofSeconds(61));
        assertThat(attacker.login("heidi", "guess").status()).as("open again, and wrong").isEqualTo(401);
        long second = assertThrottled(attacker.login("heidi", OpsUsersForTests.password("heidi")), 120);
        assertThat(second).isGreaterThan(60);
        clock.advance(Duration.ofSeconds(121));
        assertThat(attacker.login("heidi", "guess").status()).isEqualTo(401);
        assertThat(assertThrottled(attacker.login("heidi", "guess"), 240)).isGreaterThan(120);
    }

    /** 429 problem+json, no-store, and a Retry-After of 1 to {@code atMost} seconds, which it returns. */
    private long assertThrottled(LoopbackClient.Answer answer, long atMost) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).contains("application/problem+json");
        assertThat(answer.header("Cache-Control")).contains("no-store");
        assertThat(json.readTree(answer.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:login-throttled");
        long retryAfter = Long.parseLong(answer.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, atMost);
        return retryAfter;
    }

    private List<JsonNode> auditOf(String user) throws Exception {
        OpsHttpClient reader = new OpsHttpClient(opsPort, "reader", OpsUsersForTests.password("reader"));
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : json.readTree(reader.get("/ops/api/audit?limit=1000").body()).get("items")) {
            if (entry.get("user").asText().equals(user)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** hotline_ops_login_failures_total for these labels (0 before the first). */
    private double failures(String method, String reason) throws Exception {
        OpsHttpClient reader = new OpsHttpClient(opsPort, "reader", OpsUsersForTests.password("reader"));
        for (String line : reader.get("/ops/metrics").body().split("\n")) {
            if (line.startsWith("hotline_ops_login_failures_total{") && line.contains("method=\"" + method + "\"")
                    && line.contains("reason=\"" + reason + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
