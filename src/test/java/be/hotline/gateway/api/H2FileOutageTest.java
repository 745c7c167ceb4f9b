package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * H2 in file mode is out of reach when the gateway must open its file again (H2 closed the database, as it does
 * after an I/O failure) and someone else holds the file: a second gateway started on the same file, an operator's
 * H2 shell. Every request then answers 503 with Retry-After, never 500; once the file is free, the gateway takes
 * reports again without a restart.
 */
class H2FileOutageTest extends GatewayTestSupport {

    private final Path folder = Files.createTempDirectory("h2-file-outage");
    private final TestDatabase database = TestDatabase.h2(folder);

    H2FileOutageTest() throws IOException {
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.db.connection-timeout-ms", "1000");
        return properties;
    }

    @Test
    void anH2FileHeldElsewhereGives503Never500AndIntakeRecoversWhenItIsFree() throws Exception {
        assertThat(postInternalReport()).isEqualTo(202);

        try (HeldH2File held = HeldH2File.closeAndHold(database, folder.resolve("gateway.mv.db"))) {
            OutageAnswers.assertEveryRequestIsUnavailable(this::demoPartner);
        }

        int afterwards = 503;
        for (int attempt = 0; attempt < 40 && afterwards == 503; attempt++) { // the pool replaces its lost connections
            Thread.sleep(attempt == 0 ? 0 : 250);
            afterwards = postInternalReport();
        }
        assertThat(afterwards).as("the report is taken once the file is free").isIn(200, 202);
        OutageAnswers.assertNoRequestIsUnavailable(this::demoPartner);
    }

    private int postInternalReport() throws Exception {
        return demoPartner("case-management").post(GatewayPaths.REPORTS, "application/json",
                Files.readAllBytes(Path.of("docs/api/examples/report-internal.json"))).statusCode();
    }
}
