package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** TLS 1.2 is off by default (see IntakeApiContract) and works for a partner only once configured. */
class Tls12OptInTest extends GatewayTestSupport {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.partner-api.tls-protocols", "TLSv1.3, TLSv1.2");
        return properties;
    }

    @Test
    void aTls12PartnerGetsInWhenTls12IsConfigured() throws Exception {
        PartnerClient tls12 = PartnerClient.withCertificateAndProtocols(DEMO_CERTS.resolve("partners/nl-hotline.p12"),
                DEMO_ROOT_CA, partnerPort, "TLSv1.2");
        HttpResponse<String> response = tls12.post("/api/v1/reports", "application/json",
                Files.readAllBytes(Path.of("docs/api/examples/report-nl-hotline.json")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }
}
