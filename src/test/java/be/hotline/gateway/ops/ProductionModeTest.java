package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real gateway process in production mode does not start with the shipped DEMO ops user or reporter data key. */
class ProductionModeTest {

    @Test
    void productionModeRefusesTheDemoPassword() throws Exception {
        Map<String, String> settings = productionSettings();
        // A key of its own, so that only the ops password is left from the demo settings.
        settings.put("gateway.reporter-data.keys", "own:" + TestReporterDataKeys.newKey());
        settings.put("gateway.reporter-data.key-current", "own");
        assertThat(failedStart(settings)).contains("refuses the DEMO ops password");
    }

    @Test
    void productionModeRefusesTheDemoReporterDataKey() throws Exception {
        assertThat(failedStart(productionSettings()))
                .contains("gateway.mode=production refuses the DEMO reporter data key [demo-2026-12]");
    }

    private final int partnerPort = FreePort.find();

    private Map<String, String> productionSettings() {
        Map<String, String> settings = new HashMap<>();
        TestDatabase.freshH2().gatewayProperties().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.mode", "production");
        return settings;
    }

    /** The log of a gateway process that ended while starting. */
    private String failedStart(Map<String, String> settings) throws Exception {
        Path log = Files.createTempFile("gateway-production", ".log");
        assertThatThrownBy(() -> GatewayProcess.start(settings, partnerPort, log).close())
                .hasMessageContaining("gateway process ended while starting");
        return Files.readString(log);
    }
}
