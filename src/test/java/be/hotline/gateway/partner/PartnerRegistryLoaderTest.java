package be.hotline.gateway.partner;

import static be.hotline.gateway.partner.RegistryFiles.validEntry;
import static be.hotline.gateway.partner.RegistryFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mistake in the registry stops start-up with a message naming the partner and the field. */
class PartnerRegistryLoaderTest {

    private static final String PIN = "B4:38:9A:6A:E4:1D:00:AE:8A:41:F3:A1:C1:3D:94:6F:87:CD:8F:86:22:CD:8E:F5:4B:1F:3C:5B:06:86:8B:0A";
    private final PartnerRegistryLoader loader = new PartnerRegistryLoader();

    @TempDir
    Path directory;

    @Test
    void aValidEntryLoadsWithItsCaAndIdentity() {
        List<Partner> partners = loader.load(write(directory, validEntry("nl-hotline")));

        assertThat(partners).singleElement().satisfies(partner -> {
            assertThat(partner.id()).isEqualTo("nl-hotline");
            assertThat(partner.kind()).isEqualTo(PartnerKind.HOTLINE);
            assertThat(partner.enabled()).isTrue();
            assertThat(partner.trustedCas()).containsExactly(TestPki.readPem(RegistryFiles.DEMO_CA));
            assertThat(partner.identities()).containsExactly(CertificateIdentity.named("CN=nl-hotline.test,O=Test,C=NL",
                    "CN=Hotline Exchange Gateway DEMO Root CA,O=DEMO ONLY - not for production,C=BE"));
        });
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("no kind", "kind", e -> e.remove("kind")),
                mistake("unknown kind", "kind", e -> e.put("kind", "SUPPLIER")),
                mistake("blank name", "name", e -> e.put("name", " ")),
                mistake("no country", "country", e -> e.remove("country")),
                mistake("lower-case country", "country", e -> e.put("country", "nl")),
                mistake("alpha-3 country", "country", e -> e.put("country", "NLD")),
                mistake("no trustedCas", "trustedCas", e -> e.remove("trustedCas")),
                mistake("empty trustedCas", "trustedCas", e -> e.put("trustedCas", List.of())),
                mistake("missing CA file", "trustedCas", e -> e.put("trustedCas", List.of("certs-example/ca/no-such-ca.crt"))),
                mistake("CA file not a certificate", "trustedCas", e -> e.put("trustedCas", List.of("certs-example/ca/demo-root-ca.key"))),
                mistake("no certificates", "certificates", e -> e.remove("certificates")),
                mistake("identity with neither pin nor names", "certificates", e -> e.put("certificates", List.of(Map.of()))),
                mistake("subject without issuer", "certificates", e -> e.put("certificates", List.of(Map.of("subject", "CN=x")))),
                mistake("subject not a DN", "certificates", e -> e.put("certificates", List.of(Map.of("subject", "not a DN", "issuer", "CN=x")))),
                mistake("pin not 64 hex digits", "certificates", e -> e.put("certificates", List.of(Map.of("sha256", "0D:A7:DE:D9")))),
                mistake("both pin and names", "certificates", e -> e.put("certificates", List.of(Map.of("sha256", PIN, "subject", "CN=x", "issuer", "CN=y")))),
                mistake("a hotline receiving DOMESTIC", "receives", e -> e.put("receives", List.of("DOMESTIC"))),
                mistake("a hotline as Interpol contact", "interpolContact", e -> e.put("interpolContact", true)),
                mistake("police receiving what is not DOMESTIC", "receives", e -> {
                    e.put("kind", "POLICE");
                    e.put("receives", List.of("FOREIGN"));
                }),
                mistake("case management with a url for reports", "outbound.url", e -> internalWith(e,
                        Map.of("url", "https://cm.example/reports", "feedbackUrl", "https://cm.example/news"))),
                mistake("case management without a feedbackUrl", "outbound.feedbackUrl", e -> internalWith(e, Map.of())),
                mistake("case management news as XML", "outbound.format", e -> internalWith(e,
                        Map.of("feedbackUrl", "https://cm.example/news", "format", "INHOPE_XML"))),
                mistake("case management news over plain http", "outbound.feedbackUrl", e -> internalWith(e,
                        Map.of("feedbackUrl", "http://cm.example/news"))),
                mistake("case management with an acknowledgement deadline", "outbound.ackDeadline", e -> internalWith(e,
                        Map.of("feedbackUrl", "https://cm.example/news", "ackDeadline", "PT24H"))),
                mistake("maxConcurrent zero", "outbound.maxConcurrent", e -> e.put("outbound", outboundWith(0))),
                mistake("maxConcurrent negative", "outbound.maxConcurrent", e -> e.put("outbound", outboundWith(-2))),
                mistake("maxConcurrent a fraction", "outbound.maxConcurrent", e -> e.put("outbound", outboundWith(2.5))),
                mistake("maxConcurrent not a number", "outbound.maxConcurrent", e -> e.put("outbound", outboundWith("two"))));
    }

    private static Map<String, Object> outboundWith(Object maxConcurrent) {
        return Map.of("url", "https://nl.example/reports", "format", "INHOPE_XML", "maxConcurrent", maxConcurrent);
    }

    private static void internalWith(Map<String, Object> entry, Map<String, Object> outbound) {
        entry.put("kind", "INTERNAL");
        entry.put("outbound", outbound);
    }

    private static Arguments mistake(String what, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(what, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedNamingThePartnerAndTheField(String what, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> entry = validEntry("nl-hotline");
        change.accept(entry);
        Path file = write(directory, validEntry("de-hotline"), entry);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'nl-hotline'").hasMessageContaining(field);
    }

    @Test
    void aBadMaxConcurrentIsRefusedSayingWhatIsExpected() {
        Map<String, Object> entry = validEntry("nl-hotline");
        entry.put("outbound", outboundWith(0));

        assertThatThrownBy(() -> loader.load(write(directory, entry))).hasMessage("partner registry: partner 'nl-hotline'"
                + " outbound.maxConcurrent must be a positive integer (requests in flight to the partner at once), not '0'");
    }

    @Test
    void aPartnerWithoutMaxConcurrentGets32AndOneWithItItsOwn() {
        Map<String, Object> unsaid = validEntry("nl-hotline");
        unsaid.put("outbound", Map.of("url", "https://nl.example/reports", "format", "INHOPE_XML"));
        Map<String, Object> small = validEntry("de-hotline");
        small.put("outbound", outboundWith(2));

        assertThat(loader.load(write(directory, unsaid, small))).extracting(partner -> partner.outbound().orElseThrow().maxConcurrent())
                .containsExactly(32, 2);
    }

    @Test
    void anEntryWithoutIdIsRefusedNamingTheField() {
        Map<String, Object> entry = validEntry("nl-hotline");
        entry.remove("id");

        assertThatThrownBy(() -> loader.load(write(directory, entry))).hasMessageContaining("id is required");
    }

    @Test
    void aPartnerIdListedTwiceIsRefused() {
        List<Partner> partners = loader.load(write(directory, validEntry("nl-hotline"), validEntry("nl-hotline")));

        assertThatThrownBy(() -> new PartnerDirectory(partners, TestPki.CLOCK))
                .hasMessageContaining("nl-hotline").hasMessageContaining("id");
    }

    @Test
    void aRegistryListingNoPartnersIsRefused() {
        assertThatThrownBy(() -> loader.load(write(directory))).hasMessageContaining("lists no partners");
    }

    @Test
    void aPartnerIsEnabledUnlessTheRegistrySaysOtherwise() {
        Map<String, Object> unsaid = validEntry("nl-hotline");
        unsaid.remove("enabled");
        Map<String, Object> disabled = validEntry("de-hotline");
        disabled.put("enabled", false);

        assertThat(loader.load(write(directory, unsaid, disabled))).extracting(Partner::enabled).containsExactly(true, false);
    }

    @Test
    void signaturesAreRequiredOnlyWhereTheRegistrySaysSo() {
        Map<String, Object> unsaid = validEntry("nl-hotline");
        Map<String, Object> required = validEntry("de-hotline");
        required.put("requireSignature", true);

        assertThat(loader.load(write(directory, unsaid, required))).extracting(partner -> partner.inbound().requireSignature())
                .containsExactly(false, true);
    }

    @Test
    void ourCaseManagementHasANewsEndpointOnlyInJson() {
        Map<String, Object> caseManagement = validEntry("case-management");
        internalWith(caseManagement, Map.of("feedbackUrl", "https://cm.example/news"));

        assertThat(loader.load(write(directory, caseManagement))).singleElement().satisfies(partner -> {
            Partner.OutboundEndpoint news = partner.outbound().orElseThrow();
            assertThat(news.url()).isNull();
            assertThat(news.feedbackUrl()).isEqualTo("https://cm.example/news");
            assertThat(news.format()).isEqualTo("JSON");
        });
    }

    @Test
    void aPoliceServiceSaysWhatItReceivesAndWhetherItIsTheInterpolContact() {
        Map<String, Object> fccu = validEntry("police-fccu");
        fccu.put("kind", "POLICE");
        fccu.put("receives", List.of("DOMESTIC"));
        fccu.put("interpolContact", true);
        Map<String, Object> trafficking = validEntry("police-thb");
        trafficking.put("kind", "POLICE");
        trafficking.put("receives", List.of("DOMESTIC"));
        Map<String, Object> unsaid = validEntry("police-lab");
        unsaid.put("kind", "POLICE");

        assertThat(loader.load(write(directory, fccu, trafficking, unsaid))).extracting(Partner::policeRoles).containsExactly(
                new Partner.PoliceRoles(true, true), new Partner.PoliceRoles(true, false), Partner.PoliceRoles.NONE);
    }
}
