package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TcpProxy;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Readiness goes DOWN (503) while PostgreSQL is out of reach, and UP again when it is back; liveness stays UP. */
class ReadinessDownTest extends GatewayTestSupport {

    private final TestDatabase direct = TestDatabase.postgres();
    private final TcpProxy proxy = startProxy();
    private final TestDatabase throughProxy = new TestDatabase("PostgreSQL via proxy",
            direct.jdbcUrl().replace(":5432/", ":" + proxy.port() + "/"), direct.user());
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected TestDatabase database() {
        return throughProxy;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = OpsUsersForTests.properties();
        properties.setProperty("gateway.db.connection-timeout-ms", "1000");
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void readinessFollowsTheDatabase() throws Exception {
        OpsHttpClient ops = new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
        assertThat(ops.get("/ops/health/ready").statusCode()).isEqualTo(200);

        proxy.cut();
        HttpResponse<String> down = ops.get("/ops/health/ready");
        assertThat(ops.anonymous().get("/ops/health/live").statusCode()).isEqualTo(200);
        proxy.restore();

        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        JsonNode body = json.readTree(down.body());
        assertThat(body.get("status").asText()).isEqualTo("DOWN");
        assertThat(check(body, "database").get("status").asText()).isEqualTo("DOWN");
        assertThat(check(body, "routes").get("status").asText()).isEqualTo("UP");

        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            status = ops.get("/ops/health/ready").statusCode();
            Thread.sleep(250);
        }
        assertThat(status).isEqualTo(200);
    }

    private static JsonNode check(JsonNode body, String name) {
        for (JsonNode check : body.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + body);
    }

    private static TcpProxy startProxy() {
        try {
            return new TcpProxy(5432);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
