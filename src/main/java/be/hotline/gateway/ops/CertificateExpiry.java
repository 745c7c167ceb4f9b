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

    private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();
    private final Clock clock;

    public CertificateExpiry(List<OwnKeystore> own, PartnerDirectory partners, Clock clock) {
        this.clock = clock;
        own.forEach(this::addKeystore);
        for (Partner partner : partners.all()) {
            partner.trustedCas().forEach(ca -> add(partner.id() + " (client CA)", ca));
            partner.outbound().ifPresent(out -> out.trustedCas().forEach(ca -> add(partner.id() + " (server CA)", ca)));
        }
    }

    public List<CertificateStatus> statuses() {
        Instant now = clock.instant();
        List<CertificateStatus> statuses = new ArrayList<>();
        certificates.forEach((key, certificate) -> {
            Instant notAfter = certificate.getNotAfter().toInstant();
            long daysLeft = Math.floorDiv(Duration.between(now, notAfter).toSeconds(), 86_400L);
            statuses.add(new CertificateStatus(key.substring(0, key.indexOf('|')),
                    certificate.getSubjectX500Principal().getName(), notAfter, daysLeft, CertificateStatus.levelFor(daysLeft)));
        });
        return statuses;
    }

    private void add(String owner, X509Certificate certificate) {
        certificates.putIfAbsent(owner + "|" + certificate.getSerialNumber() + "|" + certificate.getIssuerX500Principal(),
                certificate);
    }

    private void addKeystore(OwnKeystore keystore) {
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
                        add(keystore.owner(), x509);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + keystore.owner() + " keystore " + keystore.file() + ": " + e.getMessage(), e);
        }
    }
}
