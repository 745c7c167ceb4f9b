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

/** A real gateway process in production mode does not start with the shipped DEMO ops user. */
class ProductionModeTest {

    @Test
    void productionModeRefusesTheDemoPassword() throws Exception {
        Path log = Files.createTempFile("gateway-production", ".log");
        int partnerPort = FreePort.find();
        Map<String, String> settings = new HashMap<>();
        TestDatabase.freshH2().gatewayProperties().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.mode", "production");
        assertThatThrownBy(() -> GatewayProcess.start(settings, partnerPort, log).close())
                .hasMessageContaining("gateway process ended while starting");
        assertThat(Files.readString(log)).contains("refuses the DEMO ops password");
    }
}
