package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** With PostgreSQL out of reach the gateway answers 503 and stores nothing; when it is back, 202. */
class DatabaseOutageTest extends PostgresBehindProxy {

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
}
