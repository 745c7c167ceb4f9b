package be.hotline.gateway.revocation;

import be.hotline.gateway.partner.RevocationMode;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Is this certificate revoked? Answered from what {@link RevocationSources} holds: a source is fetched inside the
 * call only the first time it is needed (short timeout, once; failures are remembered until the refresher's next
 * round). A fresh CRL listing the certificate wins; otherwise an OCSP answer; otherwise a fresh CRL not listing
 * it; otherwise the status is unknown.
 */
public final class RevocationChecker {

    private final RevocationSources sources;
    private final Clock clock;

    public RevocationChecker(RevocationSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * @param issuer       the certificate that signed {@code leaf} (already verified by the caller's chain check)
     * @param registryCrls the partner's {@code crls} from the registry (files or URLs), besides the leaf's own
     */
    public RevocationVerdict check(X509Certificate leaf, X509Certificate issuer, RevocationMode mode,
                                   List<String> registryCrls) {
        if (mode == RevocationMode.OFF) {
            return RevocationVerdict.notChecked();
        }
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        List<X509CRL> freshCrls = new ArrayList<>();
        for (String location : crlLocations(leaf, registryCrls)) {
            CrlSource source = sources.crl(location, issuer, now);
            Optional<X509CRL> crl = source.freshCrl(now);
            crl.ifPresent(freshCrls::add);
            if (crl.isEmpty()) {
                source.problem(now).ifPresent(problem -> problems.add("CRL " + location + ": " + problem));
            }
        }
        for (X509CRL crl : freshCrls) {
            X509CRLEntry entry = crl.getRevokedCertificate(leaf);
            if (entry != null) {
                return new RevocationVerdict(RevocationVerdict.Status.REVOKED, "listed in the CRL of "
                        + issuer.getSubjectX500Principal().getName() + reasonOf(entry),
                        entry.getRevocationDate().toInstant(), mode);
            }
        }
        Optional<String> ocspUrl = AdvertisedSources.ocspUrl(leaf);
        if (ocspUrl.isPresent()) {
            OcspSource source = sources.ocsp(ocspUrl.get(), issuer, leaf.getSerialNumber(), now);
            Optional<OcspAnswer> answer = source.freshAnswer(now);
            if (answer.isPresent() && answer.get().status() != RevocationVerdict.Status.UNKNOWN) {
                return verdictOf(answer.get(), ocspUrl.get(), mode);
            }
            problems.add("OCSP " + ocspUrl.get() + ": " + (answer.isPresent() ? "the responder does not know it"
                    : source.problem(now).orElse("no answer")));
        }
        if (!freshCrls.isEmpty()) {
            return new RevocationVerdict(RevocationVerdict.Status.GOOD, "not listed in the fresh CRL of "
                    + issuer.getSubjectX500Principal().getName(), null, mode);
        }
        return new RevocationVerdict(RevocationVerdict.Status.UNKNOWN, problems.isEmpty()
                ? "no CRL or OCSP responder is named for it, and the registry lists no CRL of its issuer"
                : String.join("; ", problems), null, mode);
    }

    /** The registry's CRLs first, then the certificate's own distribution points, each once. */
    private static Set<String> crlLocations(X509Certificate leaf, List<String> registryCrls) {
        Set<String> locations = new LinkedHashSet<>(registryCrls);
        locations.addAll(AdvertisedSources.crlUrls(leaf));
        return locations;
    }

    private static RevocationVerdict verdictOf(OcspAnswer answer, String url, RevocationMode mode) {
        if (answer.status() == RevocationVerdict.Status.REVOKED) {
            return new RevocationVerdict(RevocationVerdict.Status.REVOKED, "OCSP responder " + url + " says revoked"
                    + (answer.reason() == null ? "" : ", reason " + answer.reason()), answer.revokedAt(), mode);
        }
        return new RevocationVerdict(RevocationVerdict.Status.GOOD, "OCSP responder " + url + " says good", null, mode);
    }

    private static String reasonOf(X509CRLEntry entry) {
        return entry.getRevocationReason() == null ? "" : ", reason " + entry.getRevocationReason();
    }
}
