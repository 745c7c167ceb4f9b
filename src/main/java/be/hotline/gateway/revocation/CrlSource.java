package be.hotline.gateway.revocation;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The CRL one CA publishes at one location (a registry file or URL, or a distribution point named in a
 * certificate). A CRL is kept only once its signature verifies against that CA and it is no older than the one
 * held; it is used until its nextUpdate (or max-age after it was fetched, when it names none).
 */
final class CrlSource extends RevocationSource {

    /** An issuing distribution point only narrows the scope; any other critical extension we do not understand. */
    private static final Set<String> UNDERSTOOD_CRITICAL = Set.of(Extension.issuingDistributionPoint.getId());
    private static final int CRL_SIGN = 6;

    private final X509Certificate issuer;
    private final SourceFetcher fetcher;
    private final Duration maxAge;
    private volatile Held held;

    private record Held(X509CRL crl, Instant freshUntil) {
    }

    CrlSource(String location, X509Certificate issuer, boolean pinned, SourceFetcher fetcher, Duration maxAge, Instant now) {
        super(location, pinned, now);
        this.issuer = issuer;
        this.fetcher = fetcher;
        this.maxAge = maxAge;
    }

    /** The fresh, verified CRL held, or empty. */
    Optional<X509CRL> freshCrl(Instant now) {
        Held current = held;
        return current != null && now.isBefore(current.freshUntil()) ? Optional.of(current.crl()) : Optional.empty();
    }

    @Override
    Instant freshUntil() {
        Held current = held;
        return current == null ? null : current.freshUntil();
    }

    @Override
    protected void fetch(Instant now) throws Exception {
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(fetcher.read(location(), RevocationSettings.MAX_CRL_BYTES)));
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            if (held != null) {
                throw new CRLException("now holds a CRL of " + crl.getIssuerX500Principal().getName()
                        + ", not of " + issuer.getSubjectX500Principal().getName());
            }
            return; // a registry CRL of the partner's other CA: not this one's to use, and no fault
        }
        requireUsable(crl, now);
        Held current = held;
        if (current != null && crl.getThisUpdate().before(current.crl().getThisUpdate())) {
            throw new CRLException("served a CRL older (thisUpdate " + crl.getThisUpdate().toInstant()
                    + ") than the one held (" + current.crl().getThisUpdate().toInstant() + ")");
        }
        Instant freshUntil = crl.getNextUpdate() == null ? now.plus(maxAge) : crl.getNextUpdate().toInstant();
        held = new Held(crl, freshUntil);
    }

    private void requireUsable(X509CRL crl, Instant now) throws CRLException {
        boolean[] keyUsage = issuer.getKeyUsage();
        if (keyUsage != null && (keyUsage.length <= CRL_SIGN || !keyUsage[CRL_SIGN])) {
            throw new CRLException("the issuer " + issuer.getSubjectX500Principal().getName() + " may not sign CRLs");
        }
        try {
            crl.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CRLException("signature does not verify against " + issuer.getSubjectX500Principal().getName(), e);
        }
        Set<String> critical = crl.getCriticalExtensionOIDs();
        if (critical != null && !UNDERSTOOD_CRITICAL.containsAll(critical)) {
            throw new CRLException("critical extensions not understood (delta CRLs are not supported): " + critical);
        }
        if (crl.getThisUpdate().toInstant().isAfter(now.plus(RevocationSettings.CLOCK_SKEW))) {
            throw new CRLException("issued in the future (thisUpdate " + crl.getThisUpdate().toInstant() + ")");
        }
        if (crl.getNextUpdate() != null && !now.isBefore(crl.getNextUpdate().toInstant())) {
            throw new CRLException("expired (nextUpdate " + crl.getNextUpdate().toInstant() + ")");
        }
    }
}
