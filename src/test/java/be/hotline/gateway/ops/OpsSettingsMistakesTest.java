package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real gateway process stops (and ends) at start-up, saying why, when its ops settings cannot work. */
class OpsSettingsMistakesTest {

    @Test
    void clientCertificatesWithoutTlsStopTheStart() throws Exception {
        Path log = Files.createTempFile("gateway-ops-settings", ".log");
        int partnerPort = FreePort.find();
        Map<String, String> settings = new HashMap<>();
        TestDatabase.freshH2().gatewayProperties().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.ops.client-certificates", "ops:" + "AB".repeat(32));
        settings.put("gateway.ops.client-ca", "certs-example/ca/demo-root-ca.crt");
        assertThatThrownBy(() -> GatewayProcess.start(settings, partnerPort, log).close())
                .hasMessageContaining("gateway process ended while starting");
        assertThat(Files.readString(log)).contains("gateway.ops.client-certificates needs gateway.ops.tls=true");
    }

    @Test
    void anOpsPortInUseStopsTheStartNamingIt() throws Exception {
        Path log = Files.createTempFile("gateway-ops-port", ".log");
        int partnerPort = FreePort.find();
        Map<String, String> settings = new HashMap<>();
        TestDatabase.freshH2().gatewayProperties().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            settings.put("gateway.ops.port", Integer.toString(taken.getLocalPort()));
            assertThatThrownBy(() -> GatewayProcess.start(settings, partnerPort, log).close())
                    .hasMessageContaining("gateway process ended while starting");
            assertThat(Files.readString(log)).contains("the ops port (gateway.ops.host/port) cannot listen on 127.0.0.1:"
                    + taken.getLocalPort());
        }
    }
}
