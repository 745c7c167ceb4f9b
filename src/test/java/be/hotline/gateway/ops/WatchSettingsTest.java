package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gateway.watch.*: positive ISO-8601 durations, or the start stops naming the setting. */
class WatchSettingsTest {

    @Test
    void isoDurationsInHoursOrDaysAreRead() {
        WatchSettings settings = WatchSettings.parse("PT48H", " P7D ");
        assertThat(settings.partnerSilentAfter()).isEqualTo(Duration.ofHours(48));
        assertThat(settings.stalledAfter()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void notAnIsoDurationIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> WatchSettings.parse("48h", "P7D")).hasMessageContaining(WatchSettings.PARTNER_SILENT_AFTER)
                .hasMessageContaining("\"48h\"");
        assertThatThrownBy(() -> WatchSettings.parse("PT48H", "7 days")).hasMessageContaining(WatchSettings.STALLED_AFTER);
        assertThatThrownBy(() -> WatchSettings.parse("", "P7D")).hasMessageContaining("missing setting "
                + WatchSettings.PARTNER_SILENT_AFTER);
    }

    @Test
    void zeroOrNegativeIsRefused() {
        assertThatThrownBy(() -> WatchSettings.parse("PT0S", "P7D")).hasMessageContaining(WatchSettings.PARTNER_SILENT_AFTER)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> WatchSettings.parse("PT48H", "-P1D")).hasMessageContaining(WatchSettings.STALLED_AFTER)
                .hasMessageContaining("positive");
    }

    @Test
    void aGatewayWithAMistakenWatchSettingStopsAtStartNamingIt() throws Exception {
        Path log = Files.createTempFile("gateway-watch-settings", ".log");
        int partnerPort = FreePort.find();
        Map<String, String> settings = new HashMap<>();
        TestDatabase.freshH2().gatewayProperties().forEach((key, value) -> settings.put((String) key, (String) value));
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.ops.port", Integer.toString(FreePort.find()));
        settings.put("gateway.watch.stalled-after", "-P7D");
        assertThatThrownBy(() -> GatewayProcess.start(settings, partnerPort, log).close())
                .hasMessageContaining("gateway process ended while starting");
        assertThat(Files.readString(log)).contains("gateway.watch.stalled-after must be a positive duration");
    }
}
