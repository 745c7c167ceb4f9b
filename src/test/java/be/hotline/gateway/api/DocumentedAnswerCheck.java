package be.hotline.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * For tests outside this package whose gateway shows an answer example of docs/api/openapi.yaml that
 * {@link DocumentedAnswersTest} leaves to them ({@link DocumentedAnswersTest#SHOWN_ELSEWHERE}): how the real
 * answer differs from the example, by the same rules.
 */
public final class DocumentedAnswerCheck {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DocumentedAnswerCheck() {
    }

    public static List<String> differences(String method, String path, int status, String example,
                                           HttpResponse<String> response) throws IOException {
        String key = DocumentedAnswersTest.key(method, path, status, example);
        DocumentedAnswerExamples.Example documented = DocumentedAnswerExamples
                .in(YAML.readTree(Path.of("docs/api/openapi.yaml").toFile())).get(key);
        if (documented == null) {
            return List.of(key + ": no such example in openapi.yaml");
        }
        return DocumentedAnswerExamples.differences(key, documented, DocumentedAnswersTest.Answer.of(response));
    }
}
