package be.hotline.gateway.pki;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/** Certificates a real partner's CA could issue but that must never authenticate a partner client. */
public final class OddCertificates {

    private OddCertificates() {
    }

    /** A sub-CA certificate (CA:TRUE, keyCertSign only) carrying a partner's subject. */
    public static IssuedCertificate caCertificate(CertificateAuthority issuer, String subject, Instant notBefore, Instant notAfter) {
        return issue(issuer, subject, notBefore, notAfter, true, KeyUsage.keyCertSign | KeyUsage.cRLSign, null);
    }

    /** An end-entity certificate whose key usage allows only key encipherment (no digitalSignature). */
    public static IssuedCertificate keyEnciphermentOnly(CertificateAuthority issuer, String subject, Instant notBefore,
                                                        Instant notAfter) {
        return issue(issuer, subject, notBefore, notAfter, false, KeyUsage.keyEncipherment, KeyPurposeId.id_kp_clientAuth);
    }

    private static IssuedCertificate issue(CertificateAuthority issuer, String subject, Instant notBefore, Instant notAfter,
                                           boolean ca, int keyUsage, KeyPurposeId purpose) {
        SecureRandom random = new SecureRandom();
        KeyPair keys = EcKeyPairs.generate(random);
        var certificate = CertificateSigning.sign(issuer.certificate().getSubjectX500Principal(), issuer.privateKey(),
                new X500Principal(subject), keys.getPublic(), notBefore, notAfter, random, builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                    if (purpose != null) {
                        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
                    }
                });
        return new IssuedCertificate(certificate, keys.getPrivate(), List.of(certificate, issuer.certificate()));
    }
}
