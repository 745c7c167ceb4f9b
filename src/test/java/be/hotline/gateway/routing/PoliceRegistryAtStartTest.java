package be.hotline.gateway.routing;

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

/** A real gateway process does not start, and says which rule is broken, when its registry breaks the police rules. */
class PoliceRegistryAtStartTest {

    private static final Path DEMO_REGISTRY = Path.of("config/partners.yaml");

    @Test
    void aRegistryWithoutADomesticPoliceServiceStopsTheStart() throws Exception {
        String registry = Files.readString(DEMO_REGISTRY).replace("    receives: [DOMESTIC]\n", "");

        assertThat(logOfAFailedStart(registry))
                .contains("routing needs at least one enabled POLICE partner with receives: [DOMESTIC]", "found none");
    }

    @Test
    void aRegistryWithTwoInterpolContactsStopsTheStart() throws Exception {
        String registry = Files.readString(DEMO_REGISTRY)
                .replace("    receives: [DOMESTIC]\n    outbound:", "    receives: [DOMESTIC]\n    interpolContact: true\n    outbound:");

        assertThat(logOfAFailedStart(registry)).contains("routing needs exactly one enabled POLICE partner with interpolContact: true",
                "found 2 [police-fccu, police-thb]");
    }

    private static String logOfAFailedStart(String registry) throws Exception {
        Path folder = Files.createTempDirectory("gateway-police-registry");
        Path registryFile = folder.resolve("partners.yaml");
        Files.writeString(registryFile, registry);
        Path log = folder.resolve("gateway.log");
        int partnerPort = FreePort.find();
        Map<String, String> settings = new HashMap<>();
        TestDatabase.freshH2().gatewayProperties().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.partners.file", registryFile.toString());

        assertThatThrownBy(() -> GatewayProcess.start(settings, partnerPort, log).close())
                .hasMessageContaining("gateway process ended while starting");
        return Files.readString(log);
    }
}
