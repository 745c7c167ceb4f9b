package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL cut off behind a proxy: intake, feedback and every read answer 503 with Retry-After, never 500;
 * restored, the same requests get their ordinary answers without a restart.
 */
class PostgresOutageEveryRequestTest extends PostgresBehindProxy {

    @Test
    void everyRequestAnswers503WhilePostgresIsCutAndItsOrdinaryAnswerOnceItIsBack() throws Exception {
        proxy.cut();
        try {
            OutageAnswers.assertEveryRequestIsUnavailable(this::demoPartner);
        } finally {
            proxy.restore();
        }
        awaitIntake();
        OutageAnswers.assertNoRequestIsUnavailable(this::demoPartner);
    }

    /** Pooled connections broken by the outage are evicted on first use: wait until intake answers again. */
    private void awaitIntake() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("docs/api/examples/report-internal.json"));
        int status = 503;
        for (int attempt = 0; attempt < 40 && status == 503; attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 250);
            status = demoPartner("case-management").post("/api/v1/reports", "application/json", report).statusCode();
        }
        assertThat(status).isIn(200, 202);
    }
}
