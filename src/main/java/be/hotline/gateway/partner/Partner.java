package be.hotline.gateway.partner;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
        Optional<OutboundEndpoint> outbound) {

    public Partner {
        identities = List.copyOf(identities);
        trustedCas = List.copyOf(trustedCas);
    }

    public boolean isInternal() {
        return kind == PartnerKind.INTERNAL;
    }

    /**
     * Where and in which format we send this partner messages, which CAs its server certificate
     * may come from, and how hard to retry it (null fields take the gateway's defaults).
     */
    public record OutboundEndpoint(String url, String format, List<X509Certificate> trustedCas,
                                   Duration retryInitialDelay, Integer retryMaxAttempts, Duration retryMaxAge) {

        public OutboundEndpoint {
            trustedCas = List.copyOf(trustedCas);
        }
    }
}
