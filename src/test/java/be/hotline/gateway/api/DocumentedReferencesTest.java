package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.support.DocumentedReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reference of ours that the partner docs show (HX-7K2M…, the examples' placeholder) is one the gateway
 * could make: a partner validating against the documented pattern never rejects a documented example.
 */
class DocumentedReferencesTest {

    /** `HX-` and the letters and digits after it: a written-out reference (`HX-…` and `HX-...` are prose). */
    private static final Pattern WRITTEN_REFERENCE = Pattern.compile("HX-[A-Za-z0-9]+");
    private static final List<Path> PARTNER_DOCS = List.of(Path.of("docs/api"), Path.of("README.md"));

    @Test
    void everyReferenceInTheDocsAndExamplesMatchesTheDocumentedPattern() throws IOException {
        List<String> written = new ArrayList<>();
        for (Path file : textFiles()) {
            Matcher reference = WRITTEN_REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                written.add(file + ": " + reference.group());
            }
        }
        assertThat(written).as("references written out in docs/api and README.md").hasSizeGreaterThan(20)
                .allSatisfy(found -> assertThat(found.substring(found.indexOf(": ") + 2)).as(found)
                        .matches(DocumentedReference.PATTERN));
        assertThat(written).as("the feedback examples' placeholder is used")
                .anySatisfy(found -> assertThat(found).endsWith(DocumentedReference.PLACEHOLDER));
    }

    @Test
    void theDocumentedPatternIsTheOneTheGatewayMakes() throws IOException {
        String documented = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/api/openapi.yaml").toFile())
                .at("/components/schemas/Reference/pattern").asText();
        assertThat(documented).isEqualTo("^" + DocumentedReference.PATTERN.pattern() + "$");
        ReferenceGenerator generator = new ReferenceGenerator();
        for (int i = 0; i < 1000; i++) {
            assertThat(generator.next()).matches(DocumentedReference.PATTERN);
        }
        assertThat(DocumentedReference.PLACEHOLDER).matches(DocumentedReference.PATTERN);
    }

    private static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : PARTNER_DOCS) {
            try (Stream<Path> tree = Files.walk(root)) {
                tree.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|yaml|xml|json|xsd)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
