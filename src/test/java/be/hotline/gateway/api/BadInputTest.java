package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.RawHttpsClient;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every bad request gets a clear RFC 9457 problem and leaves nothing stored. */
class BadInputTest extends GatewayTestSupport {

    private static final String REPORTS = "/api/v1/reports";
    private final TestDatabase database = TestDatabase.freshH2();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @AfterEach
    void nothingWasStored() throws Exception {
        assertThat(database.count("select count(*) from report")).isZero();
        assertThat(database.count("select count(*) from report_event")).isZero();
        assertThat(database.count("select count(*) from reporter_contact")).isZero();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        JsonNode problem = problem(post("application/json", "{\"partnerReference\": \"x\",".getBytes()), 400);
        assertThat(problem.get("detail").asText()).contains("not well-formed JSON");
    }

    @Test
    void malformedXmlIs400() throws Exception {
        problem(post("application/xml", "<report xmlns=\"urn:inhope:exchange:report:1.0\"><partnerReference>".getBytes()), 400);
    }

    @Test
    void xmlWithAnExternalEntityIs400AndNothingIsResolved() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE report [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <report xmlns="urn:inhope:exchange:report:1.0"><partnerReference>&secret;</partnerReference></report>
                """;
        JsonNode problem = problem(post("application/xml", xml.getBytes()), 400);
        assertThat(problem.toString()).doesNotContain("root:");
    }

    /**
     * A client sending a body over the limit: the gateway answers 413 from the declared length, without reading
     * the body, and closes the connection; the client reads that answer while it is still sending.
     */
    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        try (RawHttpsClient client = RawHttpsClient.connect(DEMO_CERTS.resolve("partners/nl-hotline.p12"), DEMO_ROOT_CA, partnerPort)) {
            client.send("POST " + REPORTS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + huge.length + "\r\n\r\n");
            CompletableFuture<RawHttpsClient.Response> answer = client.responseInBackground();
            try {
                client.send(huge);
            } catch (IOException closedByTheGateway) {
                // the gateway answered and closed the connection before taking the body
            }
            RawHttpsClient.Response response = answer.get();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:payload-too-large");
        }
    }

    @Test
    void invalidUtf8Is400NeverReplaced() throws Exception {
        byte[] json = withLatin1E(example(), "Example Hosting BV");
        byte[] xml = withLatin1E(Files.readAllBytes(Path.of("docs/api/examples/report-de-hotline.xml")), "Example Hosting BV");

        for (JsonNode problem : List.of(problem(post("application/json", json), 400), problem(post("application/xml", xml), 400))) {
            assertThat(problem.get("type").asText()).isEqualTo("urn:hotline-gateway:problem:malformed-request");
            assertThat(problem.get("detail").asText()).startsWith("The body is not valid UTF-8: the byte sequence at offset");
        }
    }

    @Test
    void xmlDeclaringAnotherEncodingIs400() throws Exception {
        String latin1 = Files.readString(Path.of("docs/api/examples/report-de-hotline.xml")).replace("UTF-8", "ISO-8859-1");
        JsonNode problem = problem(post("application/xml", latin1.getBytes(StandardCharsets.ISO_8859_1)), 400);
        assertThat(problem.get("detail").asText()).contains("encoding 'ISO-8859-1'");
    }

    /** The body with an "é" after the first {@code text}, written as ISO-8859-1 would: one byte that is not UTF-8. */
    private static byte[] withLatin1E(byte[] body, String text) {
        String marked = new String(body, StandardCharsets.UTF_8).replaceFirst(text, text + "#");
        byte[] bytes = marked.getBytes(StandardCharsets.UTF_8);
        bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf('#')] = (byte) 0xE9;
        return bytes;
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        problem(post("text/plain", example()), 415);
    }

    @Test
    void aWrongMethodIs405() throws Exception {
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create("https://localhost:" + partnerPort + REPORTS))
                .method("PUT", HttpRequest.BodyPublishers.ofByteArray(example())).header("Content-Type", "application/json"));
        problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void anUnknownPathIs404AsAProblem() throws Exception {
        problem(client().get("/api/v1/nothing-here"), 404);
    }

    @Test
    void invalidFieldsAre422ListingEveryFieldAtFault() throws Exception {
        String report = new String(example(), StandardCharsets.UTF_8)
                .replace("https://images.example.be/gallery/7f3a/index.html", "ftp://images.example.be/x")
                .replaceFirst("\"hostingCountry\": \"BE\"", "\"hostingCountry\": \"XX\"")
                .replace("\"lastSeenAt\": \"2026-11-19T14:30:00+01:00\"", "\"lastSeenAt\": \"2999-01-01T00:00:00Z\"")
                .replace("BASELINE", "SOMETIMES");
        JsonNode problem = problem(post("application/json", report.getBytes(StandardCharsets.UTF_8)), 422);

        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder(
                "/contentItems/0/url", "/contentItems/0/hostingCountry", "/contentItems/0/lastSeenAt",
                "/assessment/classification");
    }

    @Test
    void aWrongJsonShapeIs422NamingTheField() throws Exception {
        String report = new String(example(), StandardCharsets.UTF_8).replace("\"partnerReference\"", "\"sender\": \"nl\", \"partnerReference\"");
        JsonNode problem = problem(post("application/json", report.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/sender");
    }

    @Test
    void aForeignHotlineMayNotSendAReportersIdentity() throws Exception {
        String report = new String(example(), StandardCharsets.UTF_8).replace("\"partnerReference\"",
                "\"reporter\": {\"email\": \"someone@example.org\"}, \"partnerReference\"");
        JsonNode problem = problem(post("application/json", report.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/reporter");
        assertThat(problem.toString()).doesNotContain("someone@example.org");
    }

    @Test
    void aForeignHotlineReportingContentHostedElsewhereIsToldWhereItBelongs() throws Exception {
        String report = new String(example(), StandardCharsets.UTF_8)
                .replaceFirst("\"hostingCountry\": \"BE\"", "\"hostingCountry\": \"DE\"")
                .replaceFirst("\"hostingCountry\": \"BE\"", "\"hostingCountry\": \"BR\"");
        JsonNode problem = problem(post("application/json", report.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .containsExactly("/contentItems/0/hostingCountry", "/contentItems/1/hostingCountry");
        assertThat(problem.get("errors").get(0).get("detail").asText()).contains("INHOPE member hotline of DE");
        assertThat(problem.get("errors").get(1).get("detail").asText()).contains("Interpol");
    }

    @Test
    void aStringWhereTheContractSaysBooleanIs422() throws Exception {
        String report = new String(example(), StandardCharsets.UTF_8).replace("\"userGenerated\": false", "\"userGenerated\": \"false\"");
        JsonNode problem = problem(post("application/json", report.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/assessment/userGenerated");
    }

    @Test
    void aTrailingSlashIsNoResource() throws Exception {
        problem(client().get("/api/v1/reports/"), 404);
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("urn:hotline-gateway:problem:");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws IOException, InterruptedException {
        return client().post(REPORTS, contentType, body);
    }

    private PartnerClient client() {
        return demoPartner("nl-hotline");
    }

    private static byte[] example() throws IOException {
        return Files.readAllBytes(Path.of("docs/api/examples/report-nl-hotline.json"));
    }
}
