package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** With H2 as a TCP server taken down the gateway answers 503 with Retry-After, never 500. */
class H2TcpOutageTest extends GatewayTestSupport {

    private final Path baseDir = Files.createTempDirectory("h2-tcp-outage");
    private final int port = FreePort.find();
    private Server server = start();
    private final TestDatabase database = new TestDatabase("H2 TCP", "jdbc:h2:tcp://127.0.0.1:" + port + "/gateway", "sa");

    H2TcpOutageTest() throws Exception {
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

    @AfterAll
    void stopServer() {
        server.stop();
    }

    @Test
    void anH2TcpServerTakenDownGives503Never500AndIntakeRecoversWhenItIsBack() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("docs/api/examples/report-nl-hotline.json"));
        server.stop();
        HttpResponse<String> duringOutage = demoPartner("nl-hotline").post("/api/v1/reports", "application/json", report);
        server = start();

        assertThat(duringOutage.statusCode()).as(duringOutage.body()).isEqualTo(503);
        assertThat(duringOutage.headers().firstValue("Retry-After")).isPresent();
        assertThat(duringOutage.body()).contains("unavailable");

        int afterwards = 503;
        for (int i = 0; i < 60 && afterwards == 503; i++) { // the pool replaces its lost connections
            Thread.sleep(i == 0 ? 0 : 500);
            afterwards = demoPartner("nl-hotline").post("/api/v1/reports", "application/json", report).statusCode();
        }
        assertThat(afterwards).as("the report is taken once the server is back").isEqualTo(202);
    }

    @Test
    void feedbackAndEveryReadAnswer503TooWhileTheServerIsDown() throws Exception {
        server.stop();
        try {
            OutageAnswers.assertEveryRequestIsUnavailable(this::demoPartner);
        } finally {
            server = start();
        }
        int afterwards = 503;
        for (int i = 0; i < 60 && afterwards == 503; i++) {
            Thread.sleep(i == 0 ? 0 : 500);
            afterwards = demoPartner("case-management").get(GatewayPaths.REPORTS).statusCode();
        }
        assertThat(afterwards).as("the case view answers once the server is back").isEqualTo(200);
        OutageAnswers.assertNoRequestIsUnavailable(this::demoPartner);
    }

    private Server start() throws SQLException {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", baseDir.toString(), "-ifNotExists").start();
    }

}
