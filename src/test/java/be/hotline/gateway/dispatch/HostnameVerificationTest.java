package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A partner server whose certificate comes from the right CA but names another host gets nothing:
 * hostname verification is on for deliveries.
 */
class HostnameVerificationTest extends DeliveryTestSupport {

    private final TestDatabase database = TestDatabase.freshH2();
    private final HttpsSink otherHost = startSink();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        Path registry = folder.resolve("partners-hostname.yaml");
        write(registry, new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        otherHost.url(), "POLICE_XML", ServerTls.caPem(folder, "other-host").toAbsolutePath().toString(), "",
                        TestRegistry.ONLY_POLICE_SERVICE)
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .yaml());
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.outbound.keystore", DEMO_CERTS.resolve("gateway/gateway.p12").toString());
        return properties;
    }

    @AfterAll
    void stopSink() {
        otherHost.close();
    }

    @Test
    void aServerCertificateForAnotherHostIsRefused() throws Exception {
        String reference = internalReportHostedIn("BE");

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (attempts(reference, "police-fccu").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(attempts(reference, "police-fccu")).isNotEmpty()
                .allSatisfy(attempt -> assertThat(attempt).contains("TLS handshake failed"));
        assertThat(otherHost.requests()).isZero();
    }

    private HttpsSink startSink() {
        try {
            HttpsSink sink = new HttpsSink(ServerTls.create(folder, "other-host", List.of("other-host.example"), List.of(),
                    DEMO_ROOT_CA), FreePort.find());
            sink.start();
            return sink;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
