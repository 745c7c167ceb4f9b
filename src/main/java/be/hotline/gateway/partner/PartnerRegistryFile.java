package be.hotline.gateway.partner;

import java.util.List;

/** The partner registry YAML file as written by ops; see config/partners.yaml. */
record PartnerRegistryFile(List<Entry> partners) {

    record Entry(
            String id,
            String name,
            PartnerKind kind,
            String country,
            Boolean enabled,
            List<String> trustedCas,
            List<Identity> certificates,
            Outbound outbound) {
    }

    /** Either sha256, or subject and issuer (RFC 2253 distinguished names). */
    record Identity(String sha256, String subject, String issuer) {
    }

    record Outbound(String url, String format) {
    }
}
