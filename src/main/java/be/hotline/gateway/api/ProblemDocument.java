package be.hotline.gateway.api;

import be.hotline.gateway.intake.CanonicalJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RFC 9457 JSON document of a problem; one shape for route failures and server-level errors. */
final class ProblemDocument {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDocument() {
    }

    static Map<String, Object> of(ApiProblem problem, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        if (instance != null) {
            body.put("instance", instance);
        }
        body.putAll(problem.extensions());
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors().stream()
                    .map(e -> Map.of("pointer", e.pointer(), "detail", e.message())).toList());
        }
        return body;
    }

    static String json(ApiProblem problem, String instance) {
        return CanonicalJson.write(of(problem, instance));
    }
}
