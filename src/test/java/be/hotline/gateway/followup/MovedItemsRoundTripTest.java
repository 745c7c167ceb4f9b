package be.hotline.gateway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README round trip (d), with the demo partners and the docs/api examples as the README posts them. */
class MovedItemsRoundTripTest extends GatewayTestSupport {

    private static final String REPORTS = "/api/v1/reports";
    private final TestDatabase database = TestDatabase.freshH2();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Test
    void theDeHotlinesMovedItemGoesToTheNlHotline() throws Exception {
        byte[] report = Files.readString(Path.of("docs/api/examples/report-internal.json"))
                .replace("CM-2026-11-0193", "CM-2026-11-0194").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> posted = demoPartner("case-management").post(REPORTS, "application/json", report);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        String reference = json.readTree(posted.body()).get("reference").asText();

        HttpResponse<String> moved = demoPartner("de-hotline").post(REPORTS + "/" + reference + "/feedback", "application/json",
                Files.readAllBytes(Path.of("docs/api/examples/feedback-de-item-moved.json")));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(202);
        assertThat(json.readTree(moved.body())).isEqualTo(json.createObjectNode().put("feedbackId", "DE-FB-2026-120460-1")
                .put("reference", reference).put("type", "MOVED").put("reportStatus", "ROUTED"));
        assertThat(database.count("select count(*) from delivery where reference = ? and partner_id = 'nl-hotline'"
                + " and item_positions = '0'", reference)).isEqualTo(1);

        JsonNode read = json.readTree(demoPartner("case-management").get(REPORTS + "/" + reference).body());
        assertThat(read.at("/items/0/hostingCountry").asText()).isEqualTo("NL");
        assertThat(read.at("/items/0/receivers").findValuesAsText("partner")).containsExactly("de-hotline", "nl-hotline");
        assertThat(read.at("/items/0/receivers").findValuesAsText("status")).containsExactly("MOVED", "ROUTED");
        List<String> history = new ArrayList<>();
        read.get("events").forEach(event -> history.add(event.get("type").asText() + " " + event.path("detail").asText()));
        assertThat(history).contains("ITEM_MOVED item 0 moved from DE to NL (move 1 of at most 3); to nl-hotline",
                "ROUTED to nl-hotline (HOTLINE_EXCHANGE) items [0]");
    }
}
