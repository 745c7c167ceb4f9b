package be.hotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.access.PartnerAdmission.Identified;
import be.hotline.gateway.access.PartnerAdmission.Refused;
import be.hotline.gateway.partner.CertificateIdentity;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.store.BlockedCertificateStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gate refuses a weak certificate of a registered partner on its own, not only the handshake: a certificate
 * matching the partner's subject and issuer, from the partner's own CA, is still no identity with an RSA 1024 key.
 */
class PartnerAdmissionKeyStrengthTest {

    private static final Instant FROM = Instant.now().minus(Duration.ofDays(1));
    private static final Instant TO = Instant.now().plus(Duration.ofDays(30));
    private static final String NL = "CN=nl-hotline.test,C=NL";
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Admission Test CA,C=NL", FROM, TO);
    private final Partner nl = new Partner("nl-hotline", "NL", PartnerKind.HOTLINE, "NL", true,
            List.of(CertificateIdentity.named(NL, ca.certificate().getSubjectX500Principal().getName())),
            List.of(ca.certificate()), Optional.empty());
    // nothing is blocked: the in-memory copy is empty until refreshed, so the store is never asked
    private final PartnerAdmission admission = new PartnerAdmission(new PartnerDirectory(List.of(nl), Clock.systemUTC()),
            new BlockedCertificates(new BlockedCertificateStore(null), Clock.systemUTC()),
            (partner, chain) -> Optional.empty(), new RequestLimits());

    @Test
    void aStrongCertificateIdentifiesThePartnerAndAWeakOneWithTheSameNameIsRefused() {
        X509Certificate strong = ca.issueClient(NL, FROM, TO).certificate();
        X509Certificate weak = WeakCertificates.client(ca, NL, WeakCertificates.rsa(1024), "SHA256withECDSA", FROM, TO)
                .certificate();

        assertThat(admission.identify(new X509Certificate[] {strong, ca.certificate()})).isInstanceOf(Identified.class);
        assertThat(admission.identify(new X509Certificate[] {weak, ca.certificate()}))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(PartnerAdmission.Refusal.WEAK_CERTIFICATE);
                    assertThat(refused.logReason()).contains("RSA key of 1024 bits");
                    assertThat(refused.detail()).doesNotContain("1024").contains("too weak");
                });
    }
}
