package be.hotline.gateway.partner;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A party the gateway exchanges reports with, as configured in the partner registry.
 * Who a caller is comes only from its verified client certificate, matched against {@link #identities()}.
 */
public record Partner(
        String id,
        String displayName,
        PartnerKind kind,
        String country,
        boolean enabled,
        List<CertificateIdentity> identities,
        List<X509Certificate> trustedCas,
        Optional<OutboundEndpoint> outbound,
        Set<String> confidentialFeedback,
        Inbound inbound,
        PoliceRoles policeRoles) {

    /** The feedback field a receiver can mark as never to be relayed to the report's sender. */
    public static final String CASE_NUMBER = "caseNumber";

    public Partner {
        identities = List.copyOf(identities);
        trustedCas = List.copyOf(trustedCas);
        confidentialFeedback = Set.copyOf(confidentialFeedback);
        if (kind != PartnerKind.POLICE && policeRoles.any()) {
            throw new IllegalArgumentException("only a POLICE partner can receive domestic reports or be the Interpol contact");
        }
    }

    /**
     * A partner with the given inbound terms; a POLICE partner built this way is the only police service
     * (receives domestic reports and is the Interpol contact), as a registry with one police service must say.
     */
    public Partner(String id, String displayName, PartnerKind kind, String country, boolean enabled,
                   List<CertificateIdentity> identities, List<X509Certificate> trustedCas, Optional<OutboundEndpoint> outbound,
                   Set<String> confidentialFeedback, Inbound inbound) {
        this(id, displayName, kind, country, enabled, identities, trustedCas, outbound, confidentialFeedback, inbound,
                kind == PartnerKind.POLICE ? PoliceRoles.ONLY_POLICE_SERVICE : PoliceRoles.NONE);
    }

    /** A partner with nothing marked confidential and the default inbound terms. */
    public Partner(String id, String displayName, PartnerKind kind, String country, boolean enabled,
                   List<CertificateIdentity> identities, List<X509Certificate> trustedCas, Optional<OutboundEndpoint> outbound) {
        this(id, displayName, kind, country, enabled, identities, trustedCas, outbound, Set.of(), Inbound.DEFAULT);
    }

    /**
     * What a police service receives (registry {@code receives: [DOMESTIC]} and {@code interpolContact: true}):
     * every domestic police service gets its own delivery of home-hosted content; the one Interpol contact gets
     * the orphans (content hosted in a country without a member hotline).
     */
    public record PoliceRoles(boolean receivesDomestic, boolean interpolContact) {

        public static final PoliceRoles NONE = new PoliceRoles(false, false);
        public static final PoliceRoles ONLY_POLICE_SERVICE = new PoliceRoles(true, true);

        boolean any() {
            return receivesDomestic || interpolContact;
        }
    }

    /** An enabled police service that gets home-hosted content. */
    public boolean receivesDomestic() {
        return enabled && policeRoles.receivesDomestic();
    }

    /** The enabled police service that gets the orphans, for Interpol cooperation. */
    public boolean isInterpolContact() {
        return enabled && policeRoles.interpolContact();
    }

    /**
     * How the partner's own calls are checked: its certificates' revocation (mode, and CRLs listed in the
     * registry as files or URLs, besides those the certificates name), its request limits, and whether each
     * report or feedback it pushes must carry its X-Message-Signature (docs/api/signatures.md).
     */
    public record Inbound(RevocationMode revocation, List<String> crls, PartnerLimits limits, boolean requireSignature) {

        public static final Inbound DEFAULT = new Inbound(RevocationMode.SOFT, List.of(), PartnerLimits.DEFAULT, false);

        public Inbound {
            crls = List.copyOf(crls);
        }

        /** Signatures optional (requireSignature: false, the registry's default). */
        public Inbound(RevocationMode revocation, List<String> crls, PartnerLimits limits) {
            this(revocation, crls, limits, false);
        }
    }

    public boolean isInternal() {
        return kind == PartnerKind.INTERNAL;
    }

    /**
     * Where and in which format we send this partner messages, which CAs its server certificate
     * may come from, and how hard to retry it (null fields take the gateway's defaults). News about
     * reports it sent us goes to {@code feedbackUrl} (null: it gets none); {@code ackDeadline} is how
     * long it has to acknowledge a report we deliver. An INTERNAL partner's endpoint has no {@code url}:
     * it gets only news, at {@code feedbackUrl}. {@code maxConcurrent}: at most this many requests (deliveries
     * and news together) in flight to the partner from one node, so a small hotline is never flooded.
     */
    public record OutboundEndpoint(String url, String format, List<X509Certificate> trustedCas,
                                   Duration retryInitialDelay, Integer retryMaxAttempts, Duration retryMaxAge,
                                   String feedbackUrl, Duration ackDeadline, int maxConcurrent) {

        /** The registry's default for {@code outbound.maxConcurrent}. */
        public static final int DEFAULT_MAX_CONCURRENT = 32;

        public OutboundEndpoint {
            trustedCas = List.copyOf(trustedCas);
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
            }
        }

        public OutboundEndpoint(String url, String format, List<X509Certificate> trustedCas,
                                Duration retryInitialDelay, Integer retryMaxAttempts, Duration retryMaxAge,
                                String feedbackUrl, Duration ackDeadline) {
            this(url, format, trustedCas, retryInitialDelay, retryMaxAttempts, retryMaxAge, feedbackUrl, ackDeadline,
                    DEFAULT_MAX_CONCURRENT);
        }

        public OutboundEndpoint(String url, String format, List<X509Certificate> trustedCas,
                                Duration retryInitialDelay, Integer retryMaxAttempts, Duration retryMaxAge) {
            this(url, format, trustedCas, retryInitialDelay, retryMaxAttempts, retryMaxAge, null, null);
        }

        /**
         * Whether the two are wired alike (where, how, with which TLS and retries): everything but the cap, which
         * a running gateway reads at every claim, so a reload changes it at once.
         */
        public boolean wiredLike(OutboundEndpoint other) {
            return equals(new OutboundEndpoint(other.url, other.format, other.trustedCas, other.retryInitialDelay,
                    other.retryMaxAttempts, other.retryMaxAge, other.feedbackUrl, other.ackDeadline, maxConcurrent));
        }
    }
}
