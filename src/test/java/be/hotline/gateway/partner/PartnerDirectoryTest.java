package be.hotline.gateway.partner;

import static be.hotline.gateway.partner.TestPki.CA_DN;
import static be.hotline.gateway.partner.TestPki.DAY;
import static be.hotline.gateway.partner.TestPki.NOW;
import static be.hotline.gateway.partner.TestPki.PARTNER_DN;
import static be.hotline.gateway.partner.TestPki.chainOf;
import static be.hotline.gateway.partner.TestPki.directoryOf;
import static be.hotline.gateway.partner.TestPki.partner;
import static be.hotline.gateway.partner.TestPki.rootCa;
import static be.hotline.gateway.partner.TestPki.validClient;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.pki.CertificateAuthority;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerDirectoryTest {

    private final CertificateAuthority ca = rootCa(CA_DN);
    private final Partner nl = partner("nl-hotline", ca.certificate(), CertificateIdentity.named(PARTNER_DN, CA_DN));
    private final PartnerDirectory directory = directoryOf(nl);

    @Test
    void aCurrentCertificateFromThePartnersOwnCaIdentifiesThePartner() {
        X509Certificate[] chain = chainOf(validClient(ca, PARTNER_DN));

        assertThat(directory.identify(chain)).contains(nl);
        assertThat(directory.anyPartnerTrusts(chain)).isTrue();
    }

    @Test
    void theLeafAloneWithoutItsCaIdentifiesThePartnerToo() {
        X509Certificate[] leafOnly = {validClient(ca, PARTNER_DN).certificate()};

        assertThat(directory.identify(leafOnly)).contains(nl);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"expired a second ago, -2592000, -1", "valid only from tomorrow, 86400, 2592000"})
    void aCertificateOutsideItsValidityIdentifiesNobodyAndIsNotTrusted(String when, long fromSeconds, long untilSeconds) {
        X509Certificate[] chain = chainOf(ca.issueClient(PARTNER_DN, NOW.plusSeconds(fromSeconds), NOW.plusSeconds(untilSeconds)));

        assertThat(directory.identify(chain)).isEmpty();
        assertThat(directory.anyPartnerTrusts(chain)).isFalse();
    }

    @Test
    void aChainFromAnotherCaWithTheSameNameIdentifiesNobody() {
        CertificateAuthority impostor = rootCa(CA_DN);
        X509Certificate forged = validClient(impostor, PARTNER_DN).certificate();

        assertThat(forged.getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
        for (X509Certificate[] chain : List.of(new X509Certificate[] {forged, impostor.certificate()},
                new X509Certificate[] {forged, ca.certificate()})) {
            assertThat(directory.identify(chain)).isEmpty();
            assertThat(directory.anyPartnerTrusts(chain)).isFalse();
        }
    }

    @Test
    void aCertificateNamedLikeOnePartnerButIssuedByAnotherPartnersCaIsNeither() {
        CertificateAuthority otherCa = rootCa(CA_DN);
        Partner de = partner("de-hotline", otherCa.certificate(),
                CertificateIdentity.named("CN=de-hotline.test,O=Test,C=DE", CA_DN));
        X509Certificate[] chain = chainOf(validClient(otherCa, PARTNER_DN));

        assertThat(directoryOf(nl, de).identify(chain)).isEmpty();
        assertThat(directoryOf(nl, de).anyPartnerTrusts(chain)).as("the handshake lets it in; the 403 comes later").isTrue();
    }

    @Test
    void aCertificateFromATrustedCaWithAnUnknownSubjectIsTrustedButIdentifiesNobody() {
        X509Certificate[] chain = chainOf(validClient(ca, "CN=somebody-else.test,O=Test,C=NL"));

        assertThat(directory.identify(chain)).isEmpty();
        assertThat(directory.anyPartnerTrusts(chain)).isTrue();
    }

    @Test
    void aPinnedSelfSignedCertificateIsItsOwnAnchor() {
        X509Certificate[] self = {selfSignedValidUntil(NOW.plus(DAY))};

        assertThat(directoryPinning(self[0]).identify(self)).isPresent();
        assertThat(directoryPinning(self[0]).anyPartnerTrusts(self)).isTrue();
    }

    @Test
    void anExpiredPinnedSelfSignedCertificateIsRefusedThoughPkixNeverDateChecksAnchors() {
        X509Certificate[] self = {selfSignedValidUntil(NOW.minusSeconds(1))};

        assertThat(directoryPinning(self[0]).identify(self)).isEmpty();
        assertThat(directoryPinning(self[0]).anyPartnerTrusts(self)).isFalse();
    }

    @Test
    void aDisabledPartnerIsStillIdentifiedSoTheCallerCanRefuseItAsDisabled() {
        Partner disabled = new Partner("nl-hotline", "NL", PartnerKind.HOTLINE, "NL", false, nl.identities(),
                nl.trustedCas(), Optional.empty());

        assertThat(directoryOf(disabled).identify(chainOf(validClient(ca, PARTNER_DN)))).contains(disabled);
    }

    @Test
    void noChainIdentifiesNobody() {
        assertThat(directory.identify(null)).isEmpty();
        assertThat(directory.identify(new X509Certificate[0])).isEmpty();
        assertThat(directory.anyPartnerTrusts(null)).isFalse();
        assertThat(directory.anyPartnerTrusts(new X509Certificate[0])).isFalse();
    }

    private static X509Certificate selfSignedValidUntil(Instant notAfter) {
        return CertificateAuthority.createRoot("CN=self.test,C=NL", NOW.minus(DAY), notAfter).certificate();
    }

    private static PartnerDirectory directoryPinning(X509Certificate selfSigned) {
        return directoryOf(partner("self", selfSigned, CertificateIdentity.pinned(Fingerprints.sha256(selfSigned))));
    }
}
