package be.hotline.gateway.partner;

import static be.hotline.gateway.partner.TestPki.CA_DN;
import static be.hotline.gateway.partner.TestPki.DAY;
import static be.hotline.gateway.partner.TestPki.NOW;
import static be.hotline.gateway.partner.TestPki.PARTNER_DN;
import static be.hotline.gateway.partner.TestPki.chainOf;
import static be.hotline.gateway.partner.TestPki.rootCa;
import static be.hotline.gateway.partner.TestPki.validClient;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.support.OffsetClock;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verified chain is remembered, never beyond its certificates' validity, and a failing one is never remembered. */
class ChainVerifierTest {

    private final CertificateAuthority ca = rootCa(CA_DN);
    private final OffsetClock clock = new OffsetClock();
    private final ChainVerifier verifier = new ChainVerifier(List.of(ca.certificate()), clock);

    ChainVerifierTest() {
        clock.advance(Duration.between(Instant.now(), NOW)); // the test PKI's "now"
    }

    @Test
    void aChainThatVerifiedIsNotValidatedAgainOnTheNextRequest() {
        X509Certificate[] chain = chainOf(validClient(ca, PARTNER_DN));

        assertThat(verifier.verifies(chain)).isTrue();
        assertThat(verifier.verifies(chain.clone())).isTrue();
        assertThat(verifier.verifies(chainOf(validClient(ca, PARTNER_DN)))).as("another certificate").isTrue();

        assertThat(verifier.validations()).isEqualTo(2);
    }

    @Test
    void aRememberedChainNoLongerVerifiesOnceItsLeafHasExpired() {
        X509Certificate[] chain = chainOf(validClient(ca, PARTNER_DN)); // valid until NOW + 1 day
        assertThat(verifier.verifies(chain)).isTrue();

        clock.advance(DAY.plus(Duration.ofSeconds(1)));

        assertThat(verifier.verifies(chain)).isFalse();
    }

    @Test
    void aRememberedChainDoesNotVerifyBeforeItsLeafIsValidEither() {
        X509Certificate[] chain = chainOf(ca.issueClient(PARTNER_DN, NOW.minus(DAY), NOW.plus(DAY)));
        assertThat(verifier.verifies(chain)).isTrue();

        clock.advance(DAY.multipliedBy(-2));

        assertThat(verifier.verifies(chain)).isFalse();
    }

    @Test
    void aChainThatFailsIsValidatedAgainEachTimeAndNeverPasses() {
        CertificateAuthority impostor = rootCa(CA_DN);
        X509Certificate[] forged = chainOf(validClient(impostor, PARTNER_DN));

        assertThat(verifier.verifies(forged)).isFalse();
        assertThat(verifier.verifies(forged)).isFalse();

        assertThat(verifier.validations()).isEqualTo(2);
    }

    @Test
    void theRememberedLeafWithAnotherIssuerBesideItIsValidatedOnItsOwn() {
        X509Certificate leaf = validClient(ca, PARTNER_DN).certificate();
        CertificateAuthority impostor = rootCa(CA_DN);
        assertThat(verifier.verifies(new X509Certificate[] {leaf, ca.certificate()})).isTrue();

        assertThat(verifier.verifies(new X509Certificate[] {leaf, impostor.certificate()})).isFalse();
        assertThat(verifier.validations()).isEqualTo(2);
    }
}
