package be.hotline.gateway.ops;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expiry of every certificate we can read: our own (partner port and outbound client keystores, with their
 * chains) and each partner's trusted CAs, client and server side. A partner identified only by a pin has no
 * certificate here to read: its expiry is not known to the gateway.
 */
public final class CertificateExpiry {

    /** A keystore of ours, with the name it is shown under. */
    public record OwnKeystore(String owner, Path file, char[] password) {
    }

    private final List<OwnKeystore> own;
    private final PartnerDirectory partners;
    private final Clock clock;
    private volatile Map<String, X509Certificate> certificates;

    /** Reads everything once now (an unreadable keystore stops the start), and again at each look. */
    public CertificateExpiry(List<OwnKeystore> own, PartnerDirectory partners, Clock clock) {
        this.own = List.copyOf(own);
        this.partners = partners;
        this.clock = clock;
        this.certificates = read();
    }

    /**
     * Read again each time: our keystores may have been replaced (a rotation, taken without a restart) and the
     * registry reloaded. A keystore that cannot be read just now keeps the last reading.
     */
    private Map<String, X509Certificate> current() {
        try {
            certificates = read();
        } catch (IllegalStateException e) {
            // keep the last reading
        }
        return certificates;
    }

    private Map<String, X509Certificate> read() {
        Map<String, X509Certificate> read = new LinkedHashMap<>();
        own.forEach(keystore -> addKeystore(read, keystore));
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

    private static void addKeystore(Map<String, X509Certificate> certificates, OwnKeystore keystore) {
        try (InputStream in = Files.newInputStream(keystore.file())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, keystore.password());
            for (String alias : Collections.list(store.aliases())) {
                Certificate[] chain = store.getCertificateChain(alias);
                if (chain == null) {
                    chain = new Certificate[] {store.getCertificate(alias)};
                }
                for (Certificate certificate : chain) {
                    if (certificate instanceof X509Certificate x509) {
                        add(certificates, keystore.owner(), x509);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + keystore.owner() + " keystore " + keystore.file() + ": " + e.getMessage(), e);
        }
    }
}
