package be.hotline.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer examples of docs/api/openapi.yaml, each under a key naming where it is documented: inline under an
 * operation's response, or under components/responses (a response only referenced is compared once, there).
 */
final class DocumentedAnswerExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One documented answer: its status (the component's example says it in its body), media type and body. */
    record Example(int status, String mediaType, JsonNode body) {
    }

    private DocumentedAnswerExamples() {
    }

    static String operationKey(String method, String path, String status, String example) {
        return method + " " + path + " " + status + " " + example;
    }

    static String componentKey(String response, String example) {
        return "components/responses/" + response + " " + example;
    }

    /** Every answer example in the document, by key. */
    static Map<String, Example> in(JsonNode openApi) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    int status = Integer.parseInt(response.getKey());
                    collect(response.getValue(), status, (name, example) -> examples.put(
                            operationKey(operation.getKey(), path.getKey(), response.getKey(), name), example));
                }
            }
        }
        for (Map.Entry<String, JsonNode> response : openApi.at("/components/responses").properties()) {
            collect(response.getValue(), 0, (name, example) -> examples.put(componentKey(response.getKey(), name), example));
        }
        return examples;
    }

    private interface Sink {
        void put(String name, Example example);
    }

    private static void collect(JsonNode response, int status, Sink sink) {
        for (Map.Entry<String, JsonNode> media : response.path("content").properties()) {
            for (Map.Entry<String, JsonNode> example : media.getValue().path("examples").properties()) {
                JsonNode body = example.getValue().path("value");
                sink.put(example.getKey(), new Example(status != 0 ? status : body.path("status").asInt(), media.getKey(), body));
            }
            if (media.getValue().has("example")) {
                sink.put("example", new Example(status, media.getKey(), media.getValue().get("example")));
            }
        }
    }

    /** How the answer differs from the example: status, Content-Type, then the body by {@link DocumentedAnswerRules}. */
    static List<String> differences(String key, Example example, DocumentedAnswersTest.Answer answer) {
        List<String> differences = new ArrayList<>();
        if (answer.status() != example.status()) {
            differences.add(key + ": status " + answer.status() + ", documented " + example.status() + ": " + answer.body());
            return differences;
        }
        if (!answer.contentType().startsWith(example.mediaType())) {
            differences.add(key + ": Content-Type " + answer.contentType() + ", documented " + example.mediaType());
        }
        if (example.mediaType().startsWith("text/csv")) {
            DocumentedCsvRules.differences(example.body().asText(), answer.body()).forEach(d -> differences.add(key + ": " + d));
            return differences;
        }
        try {
            for (String difference : DocumentedAnswerRules.differences(example.body(), JSON.readTree(answer.body()))) {
                differences.add(key + ": " + difference);
            }
        } catch (IOException e) {
            differences.add(key + ": the answer is not JSON: " + answer.body());
        }
        return differences;
    }
}
