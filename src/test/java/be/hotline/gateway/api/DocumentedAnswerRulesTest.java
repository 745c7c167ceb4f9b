package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The comparison of DocumentedAnswersTest finds every kind of drift, and lets instance values differ. */
class DocumentedAnswerRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE = """
            {"type": "urn:hotline-gateway:problem:not-found", "status": 404, "reference": "HX-7K2M9Q4TZ8D1XW0B5N3R",
             "detail": "No report with reference 'HX-7K2M9Q4TZ8D1XW0B5N3R' at 2026-11-20T10:15:02Z.",
             "items": [{"messageId": "7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347", "status": "PENDING", "ackOverdue": false}]}""";

    @Test
    void anAnswerThatDiffersOnlyInInstanceValuesAgrees() throws Exception {
        assertThat(DocumentedAnswerRules.differences(json(EXAMPLE), json(EXAMPLE
                .replace("HX-7K2M9Q4TZ8D1XW0B5N3R", "HX-0123456789ABCDEFGHJK")
                .replace("2026-11-20T10:15:02Z", "2026-12-03T14:00:00.5Z")
                .replace("7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347", "00000000-0000-4000-8000-000000000000")))).isEmpty();
    }

    @Test
    void everyOtherDifferenceIsFound() throws Exception {
        JsonNode example = json(EXAMPLE);
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace("No report", "No such report"))))
                .singleElement().asString().startsWith("/detail:");
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace("\"PENDING\"", "\"DELIVERED\""))))
                .singleElement().asString().startsWith("/items/0/status:");
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace("\"status\": 404", "\"status\": \"404\""))))
                .singleElement().asString().startsWith("/status:");
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace(", \"ackOverdue\": false", ""))))
                .singleElement().asString().startsWith("/items/0/ackOverdue: in the example, missing");
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace("\"ackOverdue\"", "\"extra\": 1, \"ackOverdue\""))))
                .singleElement().asString().startsWith("/items/0/extra: in the answer");
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace("\"reference\": \"HX-7K2M9Q4TZ8D1XW0B5N3R\"",
                "\"reference\": \"HX-1\"")))).singleElement().asString().startsWith("/reference:");
        assertThat(DocumentedAnswerRules.differences(example, json(EXAMPLE.replace("}]}", "}, {}]}"))))
                .singleElement().asString().startsWith("/items: 1 elements in the example, 2 in the answer");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
