package be.hotline.gateway.revocation;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.RevocationMode;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The revocation question as the partner API and the deliveries ask it: is the leaf of this partner's
 * certificate chain revoked, under the partner's registry terms ({@code revocation}, {@code crls})? One shared
 * instance per gateway (see RevocationWiring), so both directions read the same caches. Refusals are counted.
 */
public final class PartnerRevocation {

    /** Told of every refusal: which partner, and the verdict. */
    @FunctionalInterface
    public interface RefusalListener {
        void refused(String partnerId, RevocationVerdict verdict);
    }

    private final RevocationChecker checker;
    private final RevocationSources sources;
    private final RefusalListener listener;
    private final Clock clock;

    public PartnerRevocation(RevocationSources sources, Clock clock, RefusalListener listener) {
        this.checker = new RevocationChecker(sources, clock);
        this.sources = sources;
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * The verdict on a (non-empty) chain already verified against {@code anchors}: the leaf's issuer is taken from the chain
     * or the anchors (the one whose key signed the leaf).
     */
    public RevocationVerdict check(Partner partner, X509Certificate[] chain, List<X509Certificate> anchors) {
        Partner.Inbound terms = partner.inbound();
        if (terms.revocation() == RevocationMode.OFF) {
            return RevocationVerdict.notChecked();
        }
        X509Certificate leaf = chain[0];
        Optional<X509Certificate> issuer = issuerOf(leaf, chain, anchors);
        RevocationVerdict verdict = issuer.isPresent()
                ? checker.check(leaf, issuer.get(), terms.revocation(), terms.crls())
                : new RevocationVerdict(RevocationVerdict.Status.UNKNOWN, "its issuer is not in the chain or the"
                        + " partner's trusted CAs", null, terms.revocation());
        if (verdict.refuses()) {
            listener.refused(partner.id(), verdict);
        }
        return verdict;
    }

    /**
     * For the partner API: why this partner's client certificate chain is refused for revocation, or empty when it
     * may go on. The issuer is found among the partner's trusted CAs.
     */
    public Optional<String> clientRefusal(Partner partner, X509Certificate[] chain) {
        RevocationVerdict verdict = check(partner, chain, partner.trustedCas());
        return verdict.refuses() ? Optional.of(verdict.describe()) : Optional.empty();
    }

    /** Sources (CRL files or URLs, OCSP responders) down or stale right now, each with why: health and metrics. */
    public Map<String, String> sourceProblems() {
        return sources.problems(clock.instant());
    }

    /** A pinned self-signed certificate is its own issuer; otherwise the CA in the chain or anchors that signed it. */
    private static Optional<X509Certificate> issuerOf(X509Certificate leaf, X509Certificate[] chain,
                                                      List<X509Certificate> anchors) {
        return Stream.concat(Stream.of(chain), anchors.stream())
                .filter(candidate -> candidate.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()))
                .filter(candidate -> signed(candidate, leaf))
                .findFirst();
    }

    private static boolean signed(X509Certificate issuer, X509Certificate leaf) {
        try {
            leaf.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
