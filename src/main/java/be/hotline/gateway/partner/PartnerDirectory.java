package be.hotline.gateway.partner;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The configured partners, and which of them a verified certificate chain belongs to. */
public final class PartnerDirectory {

    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final Map<String, ChainVerifier> verifiers = new LinkedHashMap<>();

    public PartnerDirectory(List<Partner> partners, Clock clock) {
        for (Partner partner : partners) {
            if (this.partners.putIfAbsent(partner.id(), partner) != null) {
                throw new IllegalArgumentException("partner id listed twice: " + partner.id());
            }
            verifiers.put(partner.id(), new ChainVerifier(partner.trustedCas(), clock));
        }
    }

    public List<Partner> all() {
        return List.copyOf(partners.values());
    }

    public Optional<Partner> byId(String id) {
        return Optional.ofNullable(partners.get(id));
    }

    /**
     * The partner whose identity matches the chain's leaf and whose own CAs verify the chain.
     * Disabled partners are returned too: the caller tells "disabled" apart from "unknown".
     */
    public Optional<Partner> identify(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return Optional.empty();
        }
        return partners.values().stream()
                .filter(partner -> partner.identities().stream().anyMatch(identity -> identity.matches(chain[0])))
                .filter(partner -> verifiers.get(partner.id()).verifies(chain))
                .findFirst();
    }

    /** True when at least one partner's CAs verify the chain: the TLS handshake's question. */
    public boolean anyPartnerTrusts(X509Certificate[] chain) {
        return verifiers.values().stream().anyMatch(verifier -> verifier.verifies(chain));
    }

    public X509Certificate[] allTrustedCas() {
        return partners.values().stream().flatMap(p -> p.trustedCas().stream()).distinct()
                .toArray(X509Certificate[]::new);
    }

    public Stream<Partner> enabled() {
        return partners.values().stream().filter(Partner::enabled);
    }
}
