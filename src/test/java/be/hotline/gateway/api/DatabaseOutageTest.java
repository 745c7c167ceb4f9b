package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TcpProxy;
import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** With PostgreSQL out of reach the gateway answers 503 and stores nothing; when it is back, 202. */
class DatabaseOutageTest extends GatewayTestSupport {

    private final TestDatabase direct = TestDatabase.postgres();
    private final TcpProxy proxy = startProxy();
    private final TestDatabase throughProxy = new TestDatabase("PostgreSQL via proxy",
            direct.jdbcUrl().replace(":5432/", ":" + proxy.port() + "/"), direct.user());

    @Override
    protected TestDatabase database() {
        return throughProxy;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.db.connection-timeout-ms", "1000");
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aDatabaseOutageGives503NeverA202AndNothingIsStored() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("docs/api/examples/report-nl-hotline.json"));
        proxy.cut();
        HttpResponse<String> duringOutage = demoPartner("nl-hotline").post("/api/v1/reports", "application/json", report);
        proxy.restore();

        assertThat(duringOutage.statusCode()).as(duringOutage.body()).isEqualTo(503);
        assertThat(duringOutage.headers().firstValue("Retry-After")).isPresent();
        assertThat(duringOutage.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(direct.count("select count(*) from report")).isZero();

        // Pooled connections broken by the outage are evicted on first use; the gateway recovers by itself.
        HttpResponse<String> afterwards = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            afterwards = demoPartner("nl-hotline").post("/api/v1/reports", "application/json", report);
            if (afterwards.statusCode() != 503) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(202);
        assertThat(direct.count("select count(*) from report")).isEqualTo(1);
    }

    private static TcpProxy startProxy() {
        try {
            return new TcpProxy(5432);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
