package be.hotline.gateway.signing;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.support.DocumentedReference;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.OpensslCms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Receipts and message signatures against the running gateway, checked with the openssl commands of
 * docs/api/signatures.md: every 202/200 answer to a report or a feedback item is signed by the gateway's signing key;
 * a push signed by its partner is stored with its evidence; a partner registered with requireSignature: true is
 * refused (401, nothing stored) when it does not sign, signs other bytes, or signs with another partner's certificate.
 * The demo registry, with de-hotline requiring signatures. Runs once on H2 and once on PostgreSQL.
 */
abstract class SignaturesContract extends GatewayTestSupport {

    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final String REPORTS = "/api/v1/reports";
    private final ObjectMapper json = new ObjectMapper();
    private final Path folder = createFolder();
    private final OpensslCms openssl = new OpensslCms(folder);

    @Override
    protected Properties extraProperties() {
        try {
            String demo = Files.readString(Path.of("config/partners.yaml"));
            String strict = demo.replace("  - id: de-hotline\n", "  - id: de-hotline\n    requireSignature: true\n");
            assertThat(strict).isNotEqualTo(demo);
            Path registry = Files.writeString(folder.resolve("partners.yaml"), strict);
            Properties properties = new Properties();
            properties.setProperty("gateway.partners.file", registry.toString());
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReceiptOfAReportAndOfItsResendVerifyWithOpensslOverTheExactBodyOnly() throws Exception {
        byte[] report = nlReport("receipt");
        HttpResponse<byte[]> accepted = post("nl-hotline", REPORTS, "application/json", report, null);
        assertThat(accepted.statusCode()).as(text(accepted)).isEqualTo(202);
        String receipt = accepted.headers().firstValue("X-Receipt-Signature").orElseThrow();
        assertThat(openssl.verifies(accepted.body(), receipt)).as("the receipt over the body as received").isTrue();
        byte[] changed = text(accepted).replace("ROUTED", "REJECT").getBytes(StandardCharsets.UTF_8);
        assertThat(openssl.verifies(changed, receipt)).as("the receipt over a changed body").isFalse();

        HttpResponse<byte[]> again = post("nl-hotline", REPORTS, "application/json", report, null);
        assertThat(again.statusCode()).as(text(again)).isEqualTo(200);
        assertThat(openssl.verifies(again.body(), again.headers().firstValue("X-Receipt-Signature").orElseThrow())).isTrue();
    }

    @Test
    void theReceiptOfAFeedbackItemVerifiesWithOpenssl() throws Exception {
        String reference = reference(post("nl-hotline", REPORTS, "application/json", nlReport("feedback"), null));
        byte[] feedback = Files.readString(EXAMPLES.resolve("feedback-police-case-opened.xml"))
                .replace(DocumentedReference.PLACEHOLDER, reference)
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>sig-" + UUID.randomUUID() + "</FeedbackId>")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> answer = post("police-fccu", REPORTS + "/" + reference + "/feedback", "application/xml", feedback, null);

        assertThat(answer.statusCode()).as(text(answer)).isEqualTo(202);
        assertThat(openssl.verifies(answer.body(), answer.headers().firstValue("X-Receipt-Signature").orElseThrow())).isTrue();
    }

    @Test
    void aPushSignedWithOpensslByItsPartnerIsStoredWithItsEvidence() throws Exception {
        byte[] report = nlReport("signed");
        HttpResponse<byte[]> answer = post("nl-hotline", REPORTS, "application/json", report, openssl.sign(report, "nl-hotline"));

        assertThat(answer.statusCode()).as(text(answer)).isEqualTo(202);
        String reference = reference(answer);
        assertThat(database().count("select count(*) from message_signature where reference = ? and partner_id = 'nl-hotline'"
                + " and signer_fingerprint = ?", reference, fingerprintOf("nl-hotline"))).isEqualTo(1);
        assertThat(database().count("select count(*) from message_signature where reference = ?"
                + " and signer_subject = 'CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL'", reference)).isEqualTo(1);
        // The evidence holds by itself: the stored signature verifies over the stored bytes, offline.
        byte[] storedBody = Base64.getDecoder().decode(column("signed_body_base64", reference));
        assertThat(storedBody).isEqualTo(report);
        assertThat(openssl.verifiesPartnerSignature(storedBody, column("signature_base64", reference))).isTrue();
        // Our case management sees who signed it in the case view; an unsigned report shows no signedBy.
        String unsigned = reference(post("nl-hotline", REPORTS, "application/json", nlReport("unsigned"), null));
        JsonNode items = json.readTree(demoPartner("case-management").get(REPORTS + "?partner=nl-hotline&limit=200").body()).get("items");
        assertThat(caseViewItem(items, reference).path("signedBy").asText()).isEqualTo(fingerprintOf("nl-hotline"));
        assertThat(caseViewItem(items, unsigned).has("signedBy")).isFalse();
    }

    private static JsonNode caseViewItem(JsonNode items, String reference) {
        for (JsonNode item : items) {
            if (item.path("reference").asText().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError(reference + " is not in the case view");
    }

    @Test
    void aSignedPushWithAReporterKeepsTheSignatureButNotTheBytesThatNameTheReporter() throws Exception {
        byte[] report = Files.readString(EXAMPLES.resolve("report-internal.json"))
                .replace("\"CM-2026-11-0193\"", "\"SIG-" + UUID.randomUUID() + "-reporter\"").getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> answer = post("case-management", REPORTS, "application/json", report,
                openssl.sign(report, "case-management"));

        String reference = reference(answer);
        assertThat(database().count("select count(*) from message_signature where reference = ? and signer_fingerprint = ?"
                + " and signed_body_base64 is null", reference, fingerprintOf("case-management"))).isEqualTo(1);
    }

    private String column(String name, String reference) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select " + name + " from message_signature where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a stored signature of %s", reference).isTrue();
                return rows.getString(1);
            }
        }
    }

    @Test
    void aPartnerRequiringSignaturesIsAcceptedSignedAndRefusedUnsignedOrBadlySignedWithNothingStored() throws Exception {
        byte[] unsigned = deReport("unsigned");
        assertRefused(post("de-hotline", REPORTS, "application/xml", unsigned, null), "signature-required", unsigned);

        byte[] tampered = deReport("tampered");
        String overOtherBytes = openssl.sign(deReport("other"), "de-hotline");
        assertRefused(post("de-hotline", REPORTS, "application/xml", tampered, overOtherBytes), "invalid-signature", tampered);

        byte[] garbage = deReport("garbage");
        assertRefused(post("de-hotline", REPORTS, "application/xml", garbage, "bm90IGEgc2lnbmF0dXJl"), "invalid-signature", garbage);

        byte[] signed = deReport("signed");
        HttpResponse<byte[]> accepted = post("de-hotline", REPORTS, "application/xml", signed, openssl.sign(signed, "de-hotline"));
        assertThat(accepted.statusCode()).as(text(accepted)).isEqualTo(202);
        assertThat(database().count("select count(*) from message_signature where reference = ? and signer_fingerprint = ?",
                reference(accepted), fingerprintOf("de-hotline"))).isEqualTo(1);
    }

    @Test
    void feedbackFromAPartnerRequiringSignaturesIsRefusedUnsignedAndAcceptedSigned() throws Exception {
        byte[] report = Files.readString(EXAMPLES.resolve("report-internal.json"))
                .replace("\"CM-2026-11-0193\"", "\"SIG-" + UUID.randomUUID() + "-for-de\"").getBytes(StandardCharsets.UTF_8);
        String reference = reference(post("case-management", REPORTS, "application/json", report, null));
        String path = REPORTS + "/" + reference + "/feedback";
        byte[] feedback = Files.readString(EXAMPLES.resolve("feedback-de-acknowledged.json"))
                .replace("DE-FB-2026-120455-1", "DE-SIG-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> unsigned = post("de-hotline", path, "application/json", feedback, null);
        assertThat(unsigned.statusCode()).as(text(unsigned)).isEqualTo(401);
        assertThat(json.readTree(unsigned.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:signature-required");
        assertThat(database().count("select count(*) from feedback where reference = ?", reference)).isZero();

        HttpResponse<byte[]> signed = post("de-hotline", path, "application/json", feedback, openssl.sign(feedback, "de-hotline"));
        assertThat(signed.statusCode()).as(text(signed)).isEqualTo(202);
        assertThat(database().count("select count(*) from feedback where reference = ?", reference)).isEqualTo(1);
        assertThat(openssl.verifies(signed.body(), signed.headers().firstValue("X-Receipt-Signature").orElseThrow())).isTrue();
    }

    @Test
    void aPushSignedWithAnotherPartnersCertificateIsRefused() throws Exception {
        byte[] report = nlReport("foreign");

        HttpResponse<byte[]> answer = post("nl-hotline", REPORTS, "application/json", report, openssl.sign(report, "de-hotline"));

        assertRefused(answer, "invalid-signature", report);
        assertThat(text(answer)).contains("not one of partner 'nl-hotline'");
    }

    private void assertRefused(HttpResponse<byte[]> answer, String slug, byte[] report) throws Exception {
        assertThat(answer.statusCode()).as(text(answer)).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(answer.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:" + slug);
        assertThat(answer.headers().firstValue("X-Receipt-Signature")).as("a refusal is no receipt").isEmpty();
        assertThat(database().count("select count(*) from report where partner_reference = ?", partnerReferenceOf(report))).isZero();
    }

    private HttpResponse<byte[]> post(String partner, String path, String contentType, byte[] body, String signature)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + partnerPort + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Message-Signature", signature);
        }
        return demoPartner(partner).sendForBytes(request);
    }

    /** The docs/api example with a partnerReference of its own, SIG-<uuid>-<suffix>. */
    private static byte[] nlReport(String suffix) throws IOException {
        return Files.readString(EXAMPLES.resolve("report-nl-hotline.json"))
                .replace("\"NL-2026-004711\"", "\"SIG-" + UUID.randomUUID() + "-" + suffix + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deReport(String suffix) throws IOException {
        return Files.readString(EXAMPLES.resolve("report-de-hotline.xml"))
                .replaceFirst("<partnerReference>[^<]+</partnerReference>",
                        "<partnerReference>SIG-" + UUID.randomUUID() + "-" + suffix + "</partnerReference>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The SIG-... partnerReference nlReport or deReport gave the report. */
    private static String partnerReferenceOf(byte[] report) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("SIG-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-[a-z]+")
                .matcher(new String(report, StandardCharsets.UTF_8));
        assertThat(found.find()).isTrue();
        return found.group();
    }

    private String reference(HttpResponse<byte[]> answer) throws IOException {
        JsonNode body = json.readTree(answer.body());
        assertThat(answer.statusCode()).as(text(answer)).isIn(200, 202);
        return body.get("reference").asText();
    }

    private static String fingerprintOf(String demoPartner) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("certs-example/partners/" + demoPartner + ".crt"))) {
            return Fingerprints.sha256((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("gateway-signatures");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
