package be.hotline.gateway.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Partner registry YAML files written for a test: valid entries, each changed in one place. */
final class RegistryFiles {

    static final Path DEMO_CA = Path.of("certs-example/ca/demo-root-ca.crt");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RegistryFiles() {
    }

    /** A partner entry the loader accepts, as ops would write it. */
    static Map<String, Object> validEntry(String id) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("name", "Test partner " + id);
        entry.put("kind", "HOTLINE");
        entry.put("country", "NL");
        entry.put("enabled", true);
        entry.put("trustedCas", List.of(DEMO_CA.toAbsolutePath().toString()));
        entry.put("certificates", List.of(Map.of(
                "subject", "CN=" + id + ".test,O=Test,C=NL",
                "issuer", "CN=Hotline Exchange Gateway DEMO Root CA,O=DEMO ONLY - not for production,C=BE")));
        return entry;
    }

    @SafeVarargs
    static Path write(Path directory, Map<String, Object>... entries) {
        Path file = directory.resolve("partners.yaml");
        try {
            YAML.writeValue(file.toFile(), Map.of("partners", List.of(entries)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
