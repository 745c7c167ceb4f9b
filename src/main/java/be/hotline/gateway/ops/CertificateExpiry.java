package be.hotline.gateway.ops;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Expiry of every certificate we can read: our own (the partner port's and the outbound client key in force, with
 * their chains: after a refused reload, still the key presented, not the refused file) and each partner's trusted
 * CAs, client and server side. A partner identified only by a pin has no
 * certificate here to read: its expiry is not known to the gateway.
 */
public final class CertificateExpiry {

    /** A key of ours, with the name it is shown under, and the chain it presents now (leaf first). */
    public record OwnKey(String owner, Supplier<List<X509Certificate>> chain) {
    }

    private final List<OwnKey> own;
    private final PartnerDirectory partners;
    private final Clock clock;
    private volatile Map<String, X509Certificate> certificates;

    /** Reads everything once now, and again at each look. */
    public CertificateExpiry(List<OwnKey> own, PartnerDirectory partners, Clock clock) {
        this.own = List.copyOf(own);
        this.partners = partners;
        this.clock = clock;
        this.certificates = read();
    }

    /** Read again each time: our keys may have been rotated (without a restart) and the registry reloaded. */
    private Map<String, X509Certificate> current() {
        certificates = read();
        return certificates;
    }

    private Map<String, X509Certificate> read() {
        Map<String, X509Certificate> read = new LinkedHashMap<>();
        own.forEach(key -> key.chain().get().forEach(certificate -> add(read, key.owner(), certificate)));
        for (Partner partner : partners.all()) {
            partner.trustedCas().forEach(ca -> add(read, partner.id() + " (client CA)", ca));
            partner.outbound().ifPresent(out -> out.trustedCas().forEach(ca -> add(read, partner.id() + " (server CA)", ca)));
        }
        return read;
    }

    public List<CertificateStatus> statuses() {
        Instant now = clock.instant();
        List<CertificateStatus> statuses = new ArrayList<>();
        current().forEach((key, certificate) -> {
            Instant notAfter = certificate.getNotAfter().toInstant();
            long daysLeft = Math.floorDiv(Duration.between(now, notAfter).toSeconds(), 86_400L);
            statuses.add(new CertificateStatus(key.substring(0, key.indexOf('|')),
                    certificate.getSubjectX500Principal().getName(), notAfter, daysLeft, CertificateStatus.levelFor(daysLeft)));
        });
        return statuses;
    }

    private static void add(Map<String, X509Certificate> certificates, String owner, X509Certificate certificate) {
        certificates.putIfAbsent(owner + "|" + certificate.getSerialNumber() + "|" + certificate.getIssuerX500Principal(),
                certificate);
    }
}
