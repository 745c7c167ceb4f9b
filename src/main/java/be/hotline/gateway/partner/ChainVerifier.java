package be.hotline.gateway.partner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Checks a presented certificate chain against one partner's own trust anchors, at the clock's time.
 * A pinned self-signed certificate is its own anchor: PKIX does not date-check anchors, so the leaf's
 * validity is checked here explicitly too.
 *
 * <p>Every request names its caller by its chain, and a PKIX validation (a signature check per certificate) cost
 * more than the rest of identifying the caller: so a chain that verified is remembered, with the time window in
 * which all its certificates are valid, and trusted again only inside that window. A chain that fails is checked
 * again each time. The memory is bounded (entries and age) and dies with the registry snapshot that made this
 * verifier, so a reload that drops a CA takes effect at once. Revocation is not this class's question.
 */
final class ChainVerifier {

    private static final int REMEMBERED_CHAINS = 10_000;
    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);

    private final Set<TrustAnchor> anchors;
    private final Clock clock;
    private final Cache<List<X509Certificate>, ValidWindow> verified = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_CHAINS).expireAfterWrite(REMEMBERED_FOR).build();
    private final AtomicLong validations = new AtomicLong();

    /** When every certificate of a verified chain is within its validity: from the latest start to the earliest end. */
    private record ValidWindow(Instant from, Instant until) {

        static ValidWindow of(List<X509Certificate> chain) {
            Instant from = Instant.MIN;
            Instant until = Instant.MAX;
            for (X509Certificate certificate : chain) {
                Instant notBefore = certificate.getNotBefore().toInstant();
                Instant notAfter = certificate.getNotAfter().toInstant();
                from = notBefore.isAfter(from) ? notBefore : from;
                until = notAfter.isBefore(until) ? notAfter : until;
            }
            return new ValidWindow(from, until);
        }

        boolean holdsAt(Instant now) {
            return !now.isBefore(from) && !now.isAfter(until);
        }
    }

    ChainVerifier(List<X509Certificate> trustedCas, Clock clock) {
        this.anchors = trustedCas.stream().map(ca -> new TrustAnchor(ca, null)).collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    boolean verifies(X509Certificate[] chain) {
        if (anchors.isEmpty() || chain == null || chain.length == 0) {
            return false;
        }
        Instant now = clock.instant();
        List<X509Certificate> presented = List.of(chain);
        ValidWindow known = verified.getIfPresent(presented);
        if (known != null) {
            return known.holdsAt(now);
        }
        List<X509Certificate> checked = validate(chain, now);
        if (checked == null) {
            return false;
        }
        verified.put(presented, ValidWindow.of(checked));
        return true;
    }

    /** How many chains were validated with PKIX rather than remembered (for tests). */
    long validations() {
        return validations.get();
    }

    /** The certificates whose validity the verdict rests on, or null when the chain does not verify now. */
    private List<X509Certificate> validate(X509Certificate[] chain, Instant now) {
        validations.incrementAndGet();
        Date at = Date.from(now);
        try {
            chain[0].checkValidity(at);
            if (isAnchor(chain[0])) {
                return List.of(chain[0]);
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> path = List.of(chain).stream().filter(c -> !isAnchor(c)).toList();
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
            return path;
        } catch (CertificateException | CertPathValidatorException e) {
            return null;
        } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("PKIX validation unavailable", e);
        }
    }

    private boolean isAnchor(X509Certificate certificate) {
        return anchors.stream().anyMatch(anchor -> anchor.getTrustedCert().equals(certificate));
    }
}
