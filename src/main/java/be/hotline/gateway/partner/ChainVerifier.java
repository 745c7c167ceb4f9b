package be.hotline.gateway.partner;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a presented certificate chain against one partner's own trust anchors, at the clock's time.
 * A pinned self-signed certificate is its own anchor: PKIX does not date-check anchors, so the leaf's
 * validity is checked here explicitly too.
 */
final class ChainVerifier {

    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    ChainVerifier(List<X509Certificate> trustedCas, Clock clock) {
        this.anchors = trustedCas.stream().map(ca -> new TrustAnchor(ca, null)).collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    boolean verifies(X509Certificate[] chain) {
        if (anchors.isEmpty() || chain == null || chain.length == 0) {
            return false;
        }
        Date now = Date.from(clock.instant());
        try {
            chain[0].checkValidity(now);
            if (isAnchor(chain[0])) {
                return true;
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> path = List.of(chain).stream().filter(c -> !isAnchor(c)).toList();
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
            return true;
        } catch (CertificateException | CertPathValidatorException e) {
            return false;
        } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("PKIX validation unavailable", e);
        }
    }

    private boolean isAnchor(X509Certificate certificate) {
        return anchors.stream().anyMatch(anchor -> anchor.getTrustedCert().equals(certificate));
    }
}
