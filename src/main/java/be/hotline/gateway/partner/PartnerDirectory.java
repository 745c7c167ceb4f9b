package be.hotline.gateway.partner;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The configured partners, and which of them a verified certificate chain belongs to. A registry reload
 * {@link #replace replaces} them all at once: a request sees either the old registry or the new one, never a mix.
 */
public final class PartnerDirectory {

    /** One registry's partners and their chain verifiers, never changed after it is made. */
    private record Snapshot(Map<String, Partner> partners, Map<String, ChainVerifier> verifiers) {
    }

    private final Clock clock;
    private volatile Snapshot current;

    public PartnerDirectory(List<Partner> partners, Clock clock) {
        this.clock = clock;
        this.current = snapshotOf(partners);
    }

    /** Takes a newly loaded registry; throws, changing nothing, when it lists a partner id twice. */
    public void replace(List<Partner> partners) {
        current = snapshotOf(partners);
    }

    private Snapshot snapshotOf(List<Partner> partners) {
        Map<String, Partner> byId = new LinkedHashMap<>();
        Map<String, ChainVerifier> verifiers = new LinkedHashMap<>();
        for (Partner partner : partners) {
            if (byId.putIfAbsent(partner.id(), partner) != null) {
                throw new IllegalArgumentException("partner id listed twice: " + partner.id());
            }
            verifiers.put(partner.id(), new ChainVerifier(partner.trustedCas(), clock));
        }
        return new Snapshot(java.util.Collections.unmodifiableMap(byId), verifiers);
    }

    public List<Partner> all() {
        return List.copyOf(current.partners().values());
    }

    public Optional<Partner> byId(String id) {
        return Optional.ofNullable(current.partners().get(id));
    }

    /** The format a receiver takes its deliveries in (its outbound.format); routing never names a partner without one. */
    public String outboundFormatOf(String partnerId) {
        return byId(partnerId).flatMap(Partner::outbound).map(Partner.OutboundEndpoint::format)
                .orElseThrow(() -> new IllegalStateException("partner " + partnerId + " has no outbound endpoint"));
    }

    /**
     * The partner whose identity matches the chain's leaf and whose own CAs verify the chain.
     * Disabled partners are returned too: the caller tells "disabled" apart from "unknown".
     */
    public Optional<Partner> identify(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return Optional.empty();
        }
        Snapshot snapshot = current;
        return snapshot.partners().values().stream()
                .filter(partner -> partner.identities().stream().anyMatch(identity -> identity.matches(chain[0])))
                .filter(partner -> snapshot.verifiers().get(partner.id()).verifies(chain))
                .findFirst();
    }

    /**
     * Whether the chain is one of this partner's own, by the rules of its TLS client certificate: the leaf matches
     * one of its registered identities and its own CAs verify the chain now. A signed push is accepted on this.
     */
    public boolean belongsTo(Partner partner, X509Certificate[] chain) {
        if (chain == null || chain.length == 0 || partner.identities().stream().noneMatch(identity -> identity.matches(chain[0]))) {
            return false;
        }
        ChainVerifier verifier = current.verifiers().get(partner.id());
        return verifier != null && verifier.verifies(chain);
    }

    /** True when at least one partner's CAs verify the chain: the TLS handshake's question. */
    public boolean anyPartnerTrusts(X509Certificate[] chain) {
        return current.verifiers().values().stream().anyMatch(verifier -> verifier.verifies(chain));
    }

    public X509Certificate[] allTrustedCas() {
        return current.partners().values().stream().flatMap(p -> p.trustedCas().stream()).distinct()
                .toArray(X509Certificate[]::new);
    }

    public Stream<Partner> enabled() {
        return current.partners().values().stream().filter(Partner::enabled);
    }
}
