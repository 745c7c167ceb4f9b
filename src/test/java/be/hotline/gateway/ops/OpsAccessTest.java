package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Who may use the ops port and how: liveness open, everything else behind a session or Basic credentials. */
class OpsAccessTest extends GatewayTestSupport {

    private final TestDatabase database = TestDatabase.freshH2();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        return OpsUsersForTests.properties();
    }

    private OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
    }

    @Test
    void livenessIsOpenToAnybody() throws Exception {
        HttpResponse<String> live = ops().anonymous().get("/ops/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json.readTree(live.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void everythingElseIs401WithoutCredentials() throws Exception {
        for (String path : List.of("/ops/health/ready", "/ops/metrics", "/ops/api/overview", "/ops/api/deliveries",
                "/ops/api/reports?reference=HX-1", "/ops/api/audit")) {
            HttpResponse<String> response = ops().anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
            assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:unauthorized");
        }
        assertThat(ops().anonymous().post("/ops/api/deliveries/1/retry", "{}").statusCode()).isEqualTo(401);
        assertThat(ops().anonymous().post("/ops/api/deliveries/1/cancel", "{\"reason\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(new OpsHttpClient(opsPort, "alice", "wrong").get("/ops/api/overview").statusCode()).isEqualTo(401);
        assertThat(new OpsHttpClient(opsPort, "mallory", "x").get("/ops/api/overview").statusCode()).isEqualTo(401);
    }

    @Test
    void basicCredentialsOfAnOpsUserAreEnough() throws Exception {
        assertThat(ops().get("/ops/api/overview").statusCode()).isEqualTo(200);
        assertThat(ops().get("/ops/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void loginGivesAnHttpOnlyStrictCookieAndACsrfTokenThatEveryCookiePostNeeds() throws Exception {
        HttpResponse<String> wrong = ops().anonymous().post("/ops/login", "{\"username\":\"alice\",\"password\":\"nope\"}");
        HttpResponse<String> unknown = ops().anonymous().post("/ops/login", "{\"username\":\"nobody\",\"password\":\"nope\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unknown.body()).get("detail")).isEqualTo(json.readTree(wrong.body()).get("detail"));

        HttpResponse<String> login = ops().anonymous().post("/ops/login",
                "{\"username\":\"alice\",\"password\":\"" + OpsUsersForTests.PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("ops_session=").contains("HttpOnly", "SameSite=Strict", "Path=/ops");
        assertThat(setCookie).as("plain HTTP: a Secure cookie would never come back").doesNotContain("Secure");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = json.readTree(login.body()).get("csrfToken").asText();
        assertThat(csrf).isNotBlank();

        OpsHttpClient browser = ops().anonymous();
        assertThat(browser.get("/ops/api/overview", Map.of("Cookie", cookie)).statusCode()).isEqualTo(200);
        // A POST with the cookie but without (or with a wrong) CSRF token: 403, whatever the delivery.
        HttpResponse<String> noToken = browser.post("/ops/api/deliveries/999/retry", "{}", Map.of("Cookie", cookie));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(json.readTree(noToken.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:csrf");
        assertThat(browser.post("/ops/api/deliveries/999/retry", "{}", Map.of("Cookie", cookie, "X-Ops-CSRF", "forged"))
                .statusCode()).isEqualTo(403);
        // With the token the request gets through to the API (no such delivery).
        assertThat(browser.post("/ops/api/deliveries/999/retry", "{}", Map.of("Cookie", cookie, "X-Ops-CSRF", csrf))
                .statusCode()).isEqualTo(404);
        // A token in the query string is not a header.
        assertThat(browser.post("/ops/api/deliveries/999/retry?X-Ops-CSRF=" + csrf, "{}", Map.of("Cookie", cookie))
                .statusCode()).isEqualTo(403);

        HttpResponse<String> logout = browser.post("/ops/logout", "", Map.of("Cookie", cookie, "X-Ops-CSRF", csrf));
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(browser.get("/ops/api/overview", Map.of("Cookie", cookie)).statusCode()).isEqualTo(401);

        String audit = ops().get("/ops/api/audit?limit=20").body();
        assertThat(audit).contains("\"action\":\"LOGIN\"", "\"action\":\"LOGOUT\"", "\"action\":\"LOGIN_FAILED\"");
        assertThat(audit).doesNotContain(OpsUsersForTests.PASSWORD);
    }

    @Test
    void everyAnswerOfTheOpsPortIsNoStoreErrorsIncluded() throws Exception {
        HttpResponse<String> login = ops().anonymous().post("/ops/login",
                "{\"username\":\"alice\",\"password\":\"" + OpsUsersForTests.PASSWORD + "\"}");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = json.readTree(login.body()).get("csrfToken").asText();
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("login 200", login);
        answers.put("liveness 200", ops().anonymous().get("/ops/health/live"));
        answers.put("readiness 200", ops().get("/ops/health/ready"));
        answers.put("metrics 200", ops().get("/ops/metrics"));
        answers.put("overview 200", ops().get("/ops/api/overview"));
        answers.put("audit 200", ops().get("/ops/api/audit"));
        answers.put("console 200", ops().anonymous().get("/ops/"));
        answers.put("no login 401", ops().anonymous().get("/ops/api/deliveries"));
        answers.put("bad credentials 401", ops().anonymous().post("/ops/login", "{\"username\":\"nobody\",\"password\":\"x\"}"));
        answers.put("not JSON 400", ops().anonymous().post("/ops/login", "{"));
        answers.put("csrf 403", ops().anonymous().post("/ops/api/deliveries/1/retry", "{}", Map.of("Cookie", cookie)));
        answers.put("no such delivery 404", ops().post("/ops/api/deliveries/999999/retry", "{}"));
        answers.put("no such path 404", ops().get("/ops/no-such-path"));
        answers.put("wrong method 405", ops().get("/ops/login"));
        answers.put("body too large 413", ops().anonymous().post("/ops/login", "x".repeat(70_000)));
        answers.put("logout 204", ops().anonymous().post("/ops/logout", "", Map.of("Cookie", cookie, "X-Ops-CSRF", csrf)));
        answers.forEach((what, answer) -> {
            assertThat(answer.statusCode()).as(what).isEqualTo(Integer.parseInt(what.substring(what.length() - 3)));
            assertThat(answer.headers().allValues("Cache-Control")).as(what).containsExactly("no-store");
        });
    }

    @Test
    void thePartnerPortDoesNotServeOpsAndTheOpsPortDoesNotServeTheApi() throws Exception {
        HttpResponse<String> opsOnPartnerPort = demoPartner("case-management").get("/ops/api/overview");
        assertThat(opsOnPartnerPort.statusCode()).isEqualTo(404);
        assertThat(demoPartner("case-management").get("/ops/health/live").statusCode()).isEqualTo(404);
        HttpResponse<String> apiOnOpsPort = ops().get("/api/v1/reports");
        assertThat(apiOnOpsPort.statusCode()).isEqualTo(404);
        assertThat(ops().anonymous().get("/api/v1/stats/takedown").statusCode()).isEqualTo(404);
    }

    @Test
    void theConsoleFilesComeFromTheClasspathAndNothingFromTheWorkingDirectory() throws Exception {
        HttpResponse<String> console = ops().anonymous().get("/ops/");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe"));
        for (String path : List.of("/ops/../certs-example/gateway/gateway.p12", "/ops/..%2fcerts-example/gateway/gateway.p12",
                "/ops/%2e%2e/certs-example/ca/demo-root-ca.crt", "/certs-example/gateway/gateway.p12", "/pom.xml",
                "/ops/pom.xml", "/ops/console.js/../../pom.xml", "/src/main/resources/application.properties",
                "/ops/application.properties", "/config/partners.yaml")) {
            HttpResponse<String> response = ops().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("BEGIN", "gateway.", "partners:");
        }
    }
}
