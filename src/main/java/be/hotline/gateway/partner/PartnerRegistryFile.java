package be.hotline.gateway.partner;

import java.util.List;

/** The partner registry YAML file as written by ops; see config/partners.yaml. */
record PartnerRegistryFile(List<Entry> partners) {

    record Entry(
            String id,
            String name,
            String kind,
            String country,
            Boolean enabled,
            List<String> trustedCas,
            List<Identity> certificates,
            Outbound outbound,
            List<String> confidentialFeedback,
            String revocation,
            List<String> crls,
            Limits limits,
            List<String> receives,
            Boolean interpolContact,
            Boolean requireSignature) {
    }

    /** Per-partner request limits; absent fields take the generous defaults (PartnerLimits.DEFAULT). */
    record Limits(Integer requestsPerSecond, Integer concurrentRequests) {
    }

    /** Either sha256, or subject and issuer (RFC 2253 distinguished names). */
    record Identity(String sha256, String subject, String issuer) {
    }

    /**
     * trustedCas: the CAs of the partner's server certificate, when not the same as for its client certificate;
     * feedbackUrl: where news about reports it sent us goes; ackDeadline: ISO-8601, e.g. PT24H; maxConcurrent: requests
     * in flight to it from one node at most (text here, so a value that is no number is refused naming the partner).
     */
    record Outbound(String url, String format, List<String> trustedCas, Retry retry, String feedbackUrl, String ackDeadline,
                    String maxConcurrent) {
    }

    /** Overrides of the retry defaults (application.properties gateway.retry.*); durations in ISO-8601, e.g. PT30S. */
    record Retry(String initialDelay, Integer maxAttempts, String maxAge) {
    }
}
