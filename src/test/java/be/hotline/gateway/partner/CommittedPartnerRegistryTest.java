package be.hotline.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo registry in config/ and the demo certificates in certs-example/ belong together. */
class CommittedPartnerRegistryTest {

    /** Inside the validity of every committed demo certificate (2026-12-02 to 2029-03-06). */
    private static final Clock DEMO_TIME = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final X509Certificate DEMO_CA = TestPki.readPem(Path.of("certs-example/ca/demo-root-ca.crt"));
    private static final List<Partner> PARTNERS = new PartnerRegistryLoader().load(Path.of("config/partners.yaml"));

    @Test
    void theDemoRegistryListsFivePartnersOfTheirKinds() {
        assertThat(PARTNERS).extracting(Partner::id, Partner::kind, Partner::country, Partner::enabled).containsExactly(
                tuple("nl-hotline", PartnerKind.HOTLINE, "NL", true),
                tuple("de-hotline", PartnerKind.HOTLINE, "DE", true),
                tuple("police-fccu", PartnerKind.POLICE, "BE", true),
                tuple("police-thb", PartnerKind.POLICE, "BE", true),
                tuple("case-management", PartnerKind.INTERNAL, "BE", true));
    }

    @Test
    void bothPoliceServicesReceiveDomesticContentAndTheFccuAloneIsTheInterpolContact() {
        assertThat(PARTNERS).filteredOn(Partner::receivesDomestic).extracting(Partner::id)
                .containsExactly("police-fccu", "police-thb");
        assertThat(PARTNERS).filteredOn(Partner::isInterpolContact).extracting(Partner::id).containsExactly("police-fccu");
    }

    @Test
    void everyPartnerTrustsTheDemoCaReadFromAPathRelativeToTheProjectRoot() {
        assertThat(PARTNERS).allSatisfy(partner -> assertThat(partner.trustedCas()).containsExactly(DEMO_CA));
    }

    @Test
    void theGermanHotlineIsPinnedByFingerprintAndTheOthersByName() {
        assertThat(byId("de-hotline").identities()).containsExactly(CertificateIdentity.pinned(
                "B4389A6AE41D00AE8A41F3A1C13D946F87CD8F8622CD8EF54B1F3C5B06868B0A"));
        assertThat(PARTNERS).filteredOn(partner -> !partner.id().equals("de-hotline"))
                .allSatisfy(partner -> assertThat(partner.identities()).singleElement()
                        .satisfies(identity -> assertThat(identity.sha256Fingerprint()).isEmpty()));
    }

    @Test
    void theHotlinesGetRelaysAndThePoliceKeepTheirCaseNumber() {
        assertThat(PARTNERS).extracting(Partner::id, partner -> partner.outbound().map(Partner.OutboundEndpoint::feedbackUrl).orElse(null))
                .containsExactly(
                        tuple("nl-hotline", "https://localhost:9443/inhope/v1/feedback"),
                        tuple("de-hotline", "https://localhost:9444/inhope/v1/feedback"),
                        tuple("police-fccu", null),
                        tuple("police-thb", null),
                        tuple("case-management", null));
        assertThat(byId("police-fccu").confidentialFeedback()).containsExactly(Partner.CASE_NUMBER);
        assertThat(byId("police-thb").confidentialFeedback()).containsExactly(Partner.CASE_NUMBER);
        assertThat(PARTNERS).filteredOn(partner -> partner.kind() != PartnerKind.POLICE)
                .allSatisfy(partner -> assertThat(partner.confidentialFeedback()).isEmpty());
    }

    @ParameterizedTest(name = "{0} delivers to a server with {0}-server.p12 and to no other")
    @CsvSource({"nl-hotline", "de-hotline", "police-fccu", "police-thb"})
    void eachReceiverIsTrustedOnlyWithTheServerCertificateFromItsOwnDemoCa(String partnerId) throws Exception {
        X509Certificate ownCa = TestPki.readPem(Path.of("certs-example/partners", partnerId + "-server-ca.crt"));
        X509Certificate server = TestPki.readPem(Path.of("certs-example/partners", partnerId + "-server.crt"));
        Partner.OutboundEndpoint outbound = byId(partnerId).outbound().orElseThrow();

        assertThat(outbound.trustedCas()).containsExactly(ownCa).doesNotContain(DEMO_CA);
        assertThat(java.net.URI.create(outbound.url()).getHost()).isEqualTo("localhost");
        assertThat(server.getSubjectAlternativeNames()).contains(List.of(2, "localhost"));
        server.verify(ownCa.getPublicKey());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"nl-hotline.crt, nl-hotline", "de-hotline.crt, de-hotline",
            "police-fccu.crt, police-fccu", "police-thb.crt, police-thb", "case-management.crt, case-management"})
    void eachDemoCertificateIdentifiesItsPartner(String certificateFile, String partnerId) {
        X509Certificate leaf = TestPki.readPem(Path.of("certs-example/partners", certificateFile));

        assertThat(new PartnerDirectory(PARTNERS, DEMO_TIME).identify(new X509Certificate[] {leaf, DEMO_CA}))
                .map(Partner::id).contains(partnerId);
    }

    private static Partner byId(String id) {
        return PARTNERS.stream().filter(partner -> partner.id().equals(id)).findFirst().orElseThrow();
    }
}
