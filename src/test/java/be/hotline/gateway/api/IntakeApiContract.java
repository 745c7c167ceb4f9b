package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The partner intake API against the running gateway with the committed demo partners and
 * certificates, posting the very examples of docs/api. Runs once on H2 and once on PostgreSQL.
 */
abstract class IntakeApiContract extends GatewayTestSupport {

    static final Path JSON_EXAMPLE = Path.of("docs/api/examples/report-nl-hotline.json");
    static final Path XML_EXAMPLE = Path.of("docs/api/examples/report-de-hotline.xml");
    static final String REPORTS = "/api/v1/reports";
    final ObjectMapper json = new ObjectMapper();

    @Test
    void acceptsTheJsonExampleAfterCommitAndShowsItToItsSender() throws Exception {
        PartnerClient nl = demoPartner("nl-hotline");
        HttpResponse<String> response = nl.post(REPORTS, "application/json", uniqueJsonExample("accept"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        String reference = body.get("reference").asText();
        assertThat(reference).matches("HX-[0-9A-Z]{20}");
        assertThat(body.get("status").asText()).isEqualTo("ROUTED");
        assertThat(body.get("receivedAt").asText()).isNotBlank();
        assertThat(response.headers().firstValue("Location")).contains(REPORTS + "/" + reference);
        assertThat(rows("select count(*) from report where reference = ?", reference)).isEqualTo(1);

        HttpResponse<String> status = nl.get(REPORTS + "/" + reference);
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode state = json.readTree(status.body());
        assertThat(state.get("status").asText()).isEqualTo("ROUTED");
        // Both demo police services receive content hosted in BE, each with a delivery of its own.
        assertThat(state.get("events").findValuesAsText("type")).containsExactly("RECEIVED", "VALIDATED", "ROUTED", "ROUTED");
        // The sender reads purpose and items, never the receiver (routing-and-lifecycle.md, what a sending partner sees).
        assertThat(state.get("events").get(2).get("detail").asText()).isEqualTo("DOMESTIC items [0, 1]");
        assertThat(state.get("events").get(3).get("detail").asText()).isEqualTo("DOMESTIC items [0, 1]");
        assertThat(rows("select count(*) from delivery where reference = ? and partner_id = 'police-fccu'"
                + " and format = 'POLICE_XML' and status = 'PENDING'", reference)).isEqualTo(1);
        assertThat(rows("select count(*) from delivery where reference = ? and partner_id = 'police-thb'"
                + " and format = 'POLICE_XML' and status = 'PENDING'", reference)).isEqualTo(1);
        assertThat(state.get("events").get(0).get("actor").asText()).isEqualTo("nl-hotline");
    }

    @Test
    void acceptsTheInhopeXmlExample() throws Exception {
        String xml = Files.readString(XML_EXAMPLE).replaceFirst("<partnerReference>([^<]+)</partnerReference>",
                "<partnerReference>$1-" + database() + "</partnerReference>");
        HttpResponse<String> response = demoPartner("de-hotline").post(REPORTS, "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String reference = json.readTree(response.body()).get("reference").asText();
        assertThat(rows("select count(*) from report where reference = ? and received_format = 'INHOPE_XML'", reference))
                .isEqualTo(1);
    }

    @Test
    void onlyTheSenderItsReceiverAndInternalSeeAReportOthersGet404() throws Exception {
        String reference = accepted(demoPartner("nl-hotline"), uniqueJsonExample("visibility"));

        assertThat(demoPartner("case-management").get(REPORTS + "/" + reference).statusCode()).isEqualTo(200);
        // The police receive it (content hosted in BE): they read the receiver's view, without the sender.
        HttpResponse<String> receiver = demoPartner("police-fccu").get(REPORTS + "/" + reference);
        assertThat(receiver.statusCode()).isEqualTo(200);
        assertThat(receiver.body()).doesNotContain("nl-hotline", "partnerReference");
        HttpResponse<String> other = demoPartner("de-hotline").get(REPORTS + "/" + reference);
        HttpResponse<String> unknown = demoPartner("de-hotline").get(REPORTS + "/HX-00000000000000000000");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(other.body()).get("detail").asText())
                .isEqualTo(json.readTree(unknown.body()).get("detail").asText().replace("HX-00000000000000000000", reference));
    }

    @Test
    void resendingTheSameReportAnswers200WithTheOriginalReferenceAndStoresNothingNew() throws Exception {
        byte[] report = uniqueJsonExample("resend");
        PartnerClient nl = demoPartner("nl-hotline");
        HttpResponse<String> first = nl.post(REPORTS, "application/json", report);
        String reference = json.readTree(first.body()).get("reference").asText();
        String firstReceivedAt = json.readTree(first.body()).get("receivedAt").asText();
        long eventsBefore = rows("select count(*) from report_event where reference = ?", reference);

        HttpResponse<String> again = nl.post(REPORTS, "application/json", report);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("reference").asText()).isEqualTo(reference);
        assertThat(json.readTree(again.body()).get("receivedAt").asText()).isEqualTo(firstReceivedAt);
        assertThat(again.headers().firstValue("Location")).contains(REPORTS + "/" + reference);
        assertThat(rows("select count(*) from report where partner_reference = ?", partnerReference(report))).isEqualTo(1);
        assertThat(rows("select count(*) from report_event where reference = ?", reference)).isEqualTo(eventsBefore);
        // One delivery per demo police service (police-fccu, police-thb), none added by the re-send.
        assertThat(rows("select count(*) from delivery where reference = ?", reference)).isEqualTo(2);
    }

    @Test
    void theSamePartnerReferenceWithOtherContentIsAConflict() throws Exception {
        byte[] report = uniqueJsonExample("conflict");
        PartnerClient nl = demoPartner("nl-hotline");
        accepted(nl, report);
        byte[] changed = new String(report, StandardCharsets.UTF_8).replace("BASELINE", "NATIONAL").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = nl.post(REPORTS, "application/json", changed);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        String earlier = json.readTree(response.body()).get("reference").asText();
        assertThat(response.headers().firstValue("Location")).contains(REPORTS + "/" + earlier);
        assertThat(rows("select count(*) from report where reference = ?", earlier)).isEqualTo(1);
        assertThat(rows("select count(*) from report where partner_reference = ?", partnerReference(report))).isEqualTo(1);
    }

    @Test
    void anotherPartnerMayUseTheSamePartnerReference() throws Exception {
        byte[] report = uniqueJsonExample("shared-id");
        accepted(demoPartner("nl-hotline"), report);
        accepted(demoPartner("case-management"), report);
        assertThat(rows("select count(*) from report where partner_reference = ?", partnerReference(report))).isEqualTo(2);
    }

    @Test
    void concurrentResendsStoreTheReportExactlyOnce() throws Exception {
        byte[] report = uniqueJsonExample("concurrent");
        int senders = 12;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                PartnerClient client = demoPartner("nl-hotline");
                Callable<HttpResponse<String>> send = () -> {
                    start.await();
                    return client.post(REPORTS, "application/json", report);
                };
                responses.add(pool.submit(send));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> references = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                statuses.add(response.get().statusCode());
                references.add(json.readTree(response.get().body()).get("reference").asText());
            }
            assertThat(statuses).containsOnly(200, 202).filteredOn(s -> s == 202).hasSize(1);
            assertThat(references).containsOnly(references.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("select count(*) from report where partner_reference = ?", partnerReference(report))).isEqualTo(1);
    }

    @Test
    void withoutAClientCertificateTheHandshakeIsRefused() {
        PartnerClient anonymous = PartnerClient.anonymous(DEMO_ROOT_CA, partnerPort);
        Refusal.assertRefusedInHandshake(() -> anonymous.post(REPORTS, "application/json", uniqueJsonExample("anon")));
    }

    @Test
    void aTls12OnlyClientIsRefusedUnlessTls12IsConfigured() {
        PartnerClient tls12 = PartnerClient.withCertificateAndProtocols(DEMO_CERTS.resolve("partners/nl-hotline.p12"),
                DEMO_ROOT_CA, partnerPort, "TLSv1.2");
        Refusal.assertRefusedInHandshake(() -> tls12.post(REPORTS, "application/json", uniqueJsonExample("tls12")));
    }

    @Test
    void aCharacterNoMessageCanCarryIs422NamingEachFieldAndNothingIsStored() throws Exception {
        // JSON escapes, as a partner would send them: ESC, SOH, NUL, DEL, a lone surrogate, noncharacters.
        String report = new String(uniqueJsonExample("characters"), StandardCharsets.UTF_8)
                .replaceFirst("\"Example Hosting BV\"", "\"Example\\\\u001bHosting\"")
                .replaceFirst("\"Example Hosting BV\"", "\"Example\\\\u0001Hosting\"")
                .replace("index.html", "index\\u0000.html")
                .replace("img-0042.jpg", "img-0042\\ud800.jpg")
                .replace("\"REAL_CHILD\"", "\"REAL_CHILD\\u007f\"")
                .replace("098f6bcd4621d373cade4e832627b4f6", "098f6bcd4621d373cade4e832627b4f6\\ufdd0")
                .replaceFirst("\"2026-11-18T09:12:00\\+01:00\"", "\"2026-11-18T09:12:00+01:00\\\\uffff\"");

        HttpResponse<String> response = demoPartner("nl-hotline").post(REPORTS, "application/json", report.getBytes(StandardCharsets.UTF_8));

        JsonNode problem = invalidReport(response);
        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder(
                "/firstSeenAt", "/contentItems/0/url", "/contentItems/0/hostingProvider", "/contentItems/1/url",
                "/contentItems/1/hostingProvider", "/contentItems/1/hashes/1/value", "/assessment/depiction");
        assertThat(problem.get("errors").findValuesAsText("detail")).containsExactlyInAnyOrder(
                "contains U+FFFF at character 26: a Unicode noncharacter, which no report or feedback may carry",
                "contains U+0000 at character 45: a control character, which no report or feedback may carry",
                "contains U+001B at character 8: a control character, which no report or feedback may carry",
                "contains U+D800 at character 48: half of a surrogate pair without its other half, which is no character",
                "contains U+0001 at character 8: a control character, which no report or feedback may carry",
                "contains U+FDD0 at character 33: a Unicode noncharacter, which no report or feedback may carry",
                "contains U+007F at character 11: a control character, which no report or feedback may carry");
        assertThat(rows("select count(*) from report where partner_reference = ?", "NL-2026-004711-characters")).isZero();
    }

    @Test
    void aLineBreakInASingleLineFieldIs422() throws Exception {
        String report = new String(uniqueJsonExample("line-break"), StandardCharsets.UTF_8)
                .replaceFirst("\"Example Hosting BV\"", "\"Example\\\\nHosting BV\"")
                .replaceFirst("\"Example Hosting BV\"", "\"Example\\\\tHosting BV\"");

        JsonNode problem = invalidReport(demoPartner("nl-hotline").post(REPORTS, "application/json", report.getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/contentItems/0/hostingProvider", "/contentItems/1/hostingProvider");
        assertThat(problem.get("errors").findValuesAsText("detail")).containsOnly(
                "contains U+000A at character 8: a tab or line break, allowed only in multi-line text (a note)",
                "contains U+0009 at character 8: a tab or line break, allowed only in multi-line text (a note)");
    }

    @Test
    void aControlCharacterInXml11Is422NamingTheField() throws Exception {
        String xml = Files.readString(XML_EXAMPLE).replace("version=\"1.0\"", "version=\"1.1\"")
                .replaceFirst("<hostingProvider>Example Hosting BV", "<hostingProvider>Example&#x1B;Hosting BV");

        JsonNode problem = invalidReport(demoPartner("de-hotline").post(REPORTS, "application/xml", xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/contentItems/item[1]/hostingProvider");
    }

    /** A hotline sending XML reads each field as its XML has it: element paths, positions from 1, attributes with @. */
    @Test
    void anXmlReportIsRefusedWithThePathsOfItsOwnElements() throws Exception {
        String xml = Files.readString(XML_EXAMPLE).replaceFirst("<partnerReference>[^<]*", "<partnerReference>DE-PATHS-" + UUID.randomUUID());
        String schemaFaults = xml.replace("<hash algorithm=\"PDQ\">", "<hash algorithm=\"CRC32\">")
                .replace("<hash algorithm=\"SHA256\">4b6f1fc078de42c147e502dcc4d0d919c6770390d34f9490487869ca5d109f45</hash>",
                        "<hash algorithm=\"SHA256\"></hash>")
                .replace("<childModelling>false</childModelling>", "<childModelling>false</childModelling><severity>3</severity>")
                .replace("<lastSeenAt>2026-11-18T14:05:31Z</lastSeenAt>", "<lastSeenAt>2026-11-01T00:00:00Z</lastSeenAt>");
        JsonNode schema = invalidReport(demoPartner("de-hotline").post(REPORTS, "application/xml", schemaFaults.getBytes(StandardCharsets.UTF_8)));
        // Schema violations and what the rules find in the rest, in one answer.
        assertThat(schema.get("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder(
                "/contentItems/item[1]/hashes/hash[1]", "/contentItems/item[1]/hashes/hash[2]/@algorithm", "/assessment/severity",
                "/contentItems/item[2]/lastSeenAt");

        String ruleFaults = xml.replace("<lastSeenAt>2026-11-18T14:05:31Z</lastSeenAt>", "<lastSeenAt>2026-11-01T00:00:00Z</lastSeenAt>");
        JsonNode rules = invalidReport(demoPartner("de-hotline").post(REPORTS, "application/xml", ruleFaults.getBytes(StandardCharsets.UTF_8)));
        assertThat(rules.get("errors").findValuesAsText("pointer")).containsExactly("/contentItems/item[2]/lastSeenAt");

        String elsewhere = xml.replace("<hostingIp>2001:db8::4a</hostingIp>\n      <hostingCountry>BE</hostingCountry>",
                "<hostingIp>2001:db8::4a</hostingIp>\n      <hostingCountry>DE</hostingCountry>");
        JsonNode routing = invalidReport(demoPartner("de-hotline").post(REPORTS, "application/xml", elsewhere.getBytes(StandardCharsets.UTF_8)));
        assertThat(routing.get("errors").findValuesAsText("pointer")).containsExactly("/contentItems/item[2]/hostingCountry");
        assertThat(routing.toString()).doesNotContain("/contentItems/1");
    }

    private JsonNode invalidReport(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:hotline-gateway:problem:invalid-report");
        return problem;
    }

    String accepted(PartnerClient client, byte[] report) throws IOException, InterruptedException {
        HttpResponse<String> response = client.post(REPORTS, "application/json", report);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    /** The docs/api JSON example under a partnerReference of its own, so tests do not interfere. */
    byte[] uniqueJsonExample(String suffix) {
        try {
            String example = Files.readString(JSON_EXAMPLE);
            return example.replace("\"NL-2026-004711\"", "\"NL-2026-004711-" + suffix + "\"").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String partnerReference(byte[] report) throws IOException {
        return json.readTree(report).get("partnerReference").asText();
    }

    long rows(String sql, Object... parameters) throws Exception {
        return database().count(sql, parameters);
    }
}
