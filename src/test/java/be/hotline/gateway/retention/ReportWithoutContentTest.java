package be.hotline.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.report.Report;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The stored report JSON after the content purge: no content data, the rest kept, still a readable report. */
class ReportWithoutContentTest {

    private static final String STORED = "{\"assessment\":{\"classification\":\"BASELINE\",\"depiction\":\"VIRTUAL\"},"
            + "\"contentItems\":[{\"asn\":\"AS64510\",\"assignedCountry\":\"DE\",\"contentType\":\"IMAGE\","
            + "\"firstSeenAt\":\"2026-11-21T15:40:00Z\",\"hashes\":[{\"algorithm\":\"PDQ\",\"value\":\"f8f8f0cee0f4a84f\"}],"
            + "\"hostingCountry\":\"DE\",\"hostingIp\":\"2001:db8:4:12::7\",\"hostingProvider\":\"Beispiel GmbH\","
            + "\"url\":\"http://board.example.de/thread/88412\",\"futureField\":\"kept by nobody\"}],"
            + "\"firstSeenAt\":\"2026-11-21T15:40:00Z\",\"partnerReference\":\"CM-2026-11-0193\",\"unknownTopLevel\":\"x\"}";

    @Test
    void keepsOnlyWhatIsNoContentDataAndStaysAReport() throws Exception {
        String purged = ReportWithoutContent.of(STORED);

        assertThat(purged).doesNotContain("board.example.de", "f8f8f0cee0f4a84f", "2001:db8", "Beispiel", "AS64510",
                "futureField", "unknownTopLevel");
        JsonNode tree = CanonicalJson.mapper().readTree(purged);
        JsonNode item = tree.get("contentItems").get(0);
        assertThat(item.get("url").asText()).isEmpty();
        assertThat(item.get("hashes")).isEmpty();
        assertThat(item.get("hostingCountry").asText()).isEqualTo("DE");
        assertThat(item.get("assignedCountry").asText()).isEqualTo("DE");
        assertThat(item.get("contentType").asText()).isEqualTo("IMAGE");
        assertThat(tree.get("partnerReference").asText()).isEqualTo("CM-2026-11-0193");
        assertThat(tree.at("/assessment/classification").asText()).isEqualTo("BASELINE");
        Report report = CanonicalJson.mapper().readValue(purged, Report.class);
        assertThat(report.contentItems()).singleElement().satisfies(kept -> {
            assertThat(kept.hostingIp()).isEmpty();
            assertThat(kept.hashes()).isEmpty();
        });
        // Purging again changes nothing.
        assertThat(ReportWithoutContent.of(purged)).isEqualTo(purged);
    }
}
