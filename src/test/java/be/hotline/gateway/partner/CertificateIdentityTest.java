package be.hotline.gateway.partner;

import static be.hotline.gateway.partner.TestPki.CA_DN;
import static be.hotline.gateway.partner.TestPki.PARTNER_DN;
import static be.hotline.gateway.partner.TestPki.rootCa;
import static be.hotline.gateway.partner.TestPki.validClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.pki.CertificateAuthority;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateIdentityTest {

    private static final CertificateAuthority CA = rootCa(CA_DN);
    private static final X509Certificate CERTIFICATE = validClient(CA, PARTNER_DN).certificate();

    static Stream<Arguments> fingerprintNotations() {
        return Stream.of(
                notation("as OpenSSL prints it", UnaryOperator.identity()),
                notation("in lower case", s -> s.toLowerCase(Locale.ROOT)),
                notation("without colons", s -> s.replace(":", "")),
                notation("lower case without colons", s -> s.replace(":", "").toLowerCase(Locale.ROOT)),
                notation("with spaces", s -> s.replace(":", " ")));
    }

    private static Arguments notation(String name, UnaryOperator<String> notation) {
        return Arguments.of(name, notation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fingerprintNotations")
    void aPinnedFingerprintMatchesHoweverItIsWritten(String name, UnaryOperator<String> notation) {
        String written = notation.apply(Fingerprints.sha256WithColons(CERTIFICATE));

        assertThat(CertificateIdentity.pinned(written).matches(CERTIFICATE)).isTrue();
    }

    @Test
    void aPinnedFingerprintMatchesNoOtherCertificate() {
        X509Certificate sameNameOtherKey = validClient(CA, PARTNER_DN).certificate();

        assertThat(CertificateIdentity.pinned(Fingerprints.sha256(CERTIFICATE)).matches(sameNameOtherKey)).isFalse();
    }

    @Test
    void subjectAndIssuerMatchWhateverTheSpacingOfTheDistinguishedNames() {
        CertificateIdentity spaced = CertificateIdentity.named(
                "CN=nl-hotline.test, O=Test Meldpunt, C=NL", "cn=Test Partner Root CA, o=Test, c=NL");

        assertThat(spaced.matches(CERTIFICATE)).isTrue();
    }

    @Test
    void subjectAndIssuerMustBothMatch() {
        assertThat(CertificateIdentity.named("CN=de-hotline.test,O=Test Meldpunt,C=NL", CA_DN).matches(CERTIFICATE)).isFalse();
        assertThat(CertificateIdentity.named(PARTNER_DN, "CN=Other Root CA,O=Test,C=NL").matches(CERTIFICATE)).isFalse();
    }

    @Test
    void anIdentityIsEitherPinnedOrNamedNeverBothOrNeither() {
        Optional<X500Principal> subject = Optional.of(new X500Principal(PARTNER_DN));
        Optional<X500Principal> issuer = Optional.of(new X500Principal(CA_DN));
        Optional<String> sha256 = Optional.of(Fingerprints.sha256(CERTIFICATE));

        assertThatThrownBy(() -> new CertificateIdentity(Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateIdentity(sha256, subject, issuer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateIdentity(Optional.empty(), subject, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
