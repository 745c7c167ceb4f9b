package be.hotline.gateway.format.inhope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.validation.Schema;

/** The schema, the published example and the deliberately bad samples, shared by the tests. */
final class InhopeXmlSamples {

    static final Path SCHEMA_FILE = Path.of("docs/api/schemas/inhope-report-1.0.xsd");
    static final Path EXAMPLE = Path.of("docs/api/examples/report-de-hotline.xml");
    static final Path SAMPLES = Path.of("src/test/resources/samples/xml");
    /** Compiling the schema is the slow part; tests share one, as the gateway does. */
    static final Schema SCHEMA = InhopeReportSchema.fromFile(SCHEMA_FILE);

    private InhopeXmlSamples() {
    }

    static InhopeXmlReportReader reader() {
        return new InhopeXmlReportReader(SCHEMA);
    }

    static byte[] example() {
        return bytes(EXAMPLE);
    }

    static String exampleText() {
        return new String(example(), StandardCharsets.UTF_8);
    }

    static byte[] sample(String name) {
        return bytes(SAMPLES.resolve(name));
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
