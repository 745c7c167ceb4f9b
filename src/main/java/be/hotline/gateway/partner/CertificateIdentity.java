package be.hotline.gateway.partner;

import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * One way a partner's certificate is recognised: pinned by its SHA-256 fingerprint,
 * or by subject together with issuer (so a renewed certificate from the same CA keeps working).
 */
public record CertificateIdentity(Optional<String> sha256Fingerprint, Optional<X500Principal> subject,
                                  Optional<X500Principal> issuer) {

    public CertificateIdentity {
        sha256Fingerprint = sha256Fingerprint.map(CertificateIdentity::normalise);
        boolean pinned = sha256Fingerprint.isPresent();
        boolean named = subject.isPresent() && issuer.isPresent();
        if (pinned == named) {
            throw new IllegalArgumentException("a certificate identity needs either sha256, or subject and issuer");
        }
    }

    public static CertificateIdentity pinned(String sha256) {
        return new CertificateIdentity(Optional.of(sha256), Optional.empty(), Optional.empty());
    }

    public static CertificateIdentity named(String subject, String issuer) {
        return new CertificateIdentity(Optional.empty(),
                Optional.of(new X500Principal(subject)), Optional.of(new X500Principal(issuer)));
    }

    public boolean matches(X509Certificate certificate) {
        if (sha256Fingerprint.isPresent()) {
            return sha256Fingerprint.get().equals(Fingerprints.sha256(certificate));
        }
        return subject.get().equals(certificate.getSubjectX500Principal())
                && issuer.get().equals(certificate.getIssuerX500Principal());
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
