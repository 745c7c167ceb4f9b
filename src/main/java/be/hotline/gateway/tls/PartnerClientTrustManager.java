package be.hotline.gateway.tls;

import be.hotline.gateway.access.BlockedCertificates;
import be.hotline.gateway.access.CertificatePurpose;
import be.hotline.gateway.access.KeyStrength;
import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.partner.PartnerDirectory;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides during the TLS handshake whether a client certificate chain gets in at all: only an end-entity
 * certificate meant for client authentication, with strong enough keys and signatures, not blocked by ops, that some configured partner's own CA (or
 * pinned certificate) verifies within its validity. Which partner it is, whether it is enabled, revoked or over
 * its limits, is decided per request afterwards (PartnerGate). Each refusal is logged with its reason.
 */
public final class PartnerClientTrustManager implements X509TrustManager {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerClientTrustManager.class);
    private final PartnerDirectory directory;
    private final BlockedCertificates blocked;

    public PartnerClientTrustManager(PartnerDirectory directory, BlockedCertificates blocked) {
        this.directory = directory;
        this.blocked = blocked;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw refused(null, "no client certificate");
        }
        Optional<String> purpose = CertificatePurpose.clientRefusal(chain[0]);
        if (purpose.isPresent()) {
            throw refused(chain[0], purpose.get());
        }
        Optional<String> weak = KeyStrength.chainRefusal(chain);
        if (weak.isPresent()) {
            throw refused(chain[0], weak.get());
        }
        if (blocked.find(Fingerprints.sha256(chain[0])).isPresent()) {
            throw refused(chain[0], "it is blocked by ops");
        }
        if (!directory.anyPartnerTrusts(chain)) {
            throw refused(chain[0], "it is not issued by any partner's trusted CA, or is not valid now");
        }
    }

    private static CertificateException refused(X509Certificate leaf, String reason) {
        String certificate = leaf == null ? "" : "subject=" + leaf.getSubjectX500Principal().getName()
                + " sha256=" + Fingerprints.sha256(leaf) + ": ";
        LOG.warn("TLS handshake refused a client certificate: {}{}", certificate, reason);
        return new CertificateException("client certificate refused: " + reason);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks partner client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return directory.allTrustedCas();
    }
}
