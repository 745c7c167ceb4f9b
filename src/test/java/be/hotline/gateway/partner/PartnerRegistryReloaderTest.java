package be.hotline.gateway.partner;

import static be.hotline.gateway.partner.RegistryFiles.validEntry;
import static be.hotline.gateway.partner.RegistryFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reload puts in force at once, and what it names as waiting for the next restart. */
class PartnerRegistryReloaderTest {

    private final PartnerRegistryLoader loader = new PartnerRegistryLoader();

    @TempDir
    Path directory;

    @Test
    void aNewMaxConcurrentIsInForceAtOnceAndNeedsNoRestart() {
        Path file = write(directory, nlWith("https://nl.example/reports", 2));
        PartnerDirectory partners = new PartnerDirectory(loader.load(file), TestPki.CLOCK);
        PartnerRegistryReloader reloader = new PartnerRegistryReloader(file, partners, loader, registry -> { }, TestPki.CLOCK);

        write(directory, nlWith("https://nl.example/reports", 5));
        PartnerRegistryReloader.Result result = reloader.reload();

        assertThat(result.loaded()).isTrue();
        assertThat(result.message()).doesNotContain("next restart");
        assertThat(partners.byId("nl-hotline").flatMap(Partner::outbound).orElseThrow().maxConcurrent()).isEqualTo(5);
    }

    @Test
    void aNewUrlBesideANewCapStillWaitsForTheNextRestart() {
        Path file = write(directory, nlWith("https://nl.example/reports", 2));
        PartnerDirectory partners = new PartnerDirectory(loader.load(file), TestPki.CLOCK);
        PartnerRegistryReloader reloader = new PartnerRegistryReloader(file, partners, loader, registry -> { }, TestPki.CLOCK);

        write(directory, nlWith("https://nl.example/v2/reports", 5));

        assertThat(reloader.reload().message()).contains("outbound changes of nl-hotline take effect at the next restart");
    }

    private static Map<String, Object> nlWith(String url, int maxConcurrent) {
        Map<String, Object> entry = validEntry("nl-hotline");
        entry.put("outbound", Map.of("url", url, "format", "INHOPE_XML", "maxConcurrent", maxConcurrent));
        return entry;
    }
}
