package be.hotline.gateway.tls;

import be.hotline.gateway.access.CertificatePurpose;
import be.hotline.gateway.access.KeyStrength;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.revocation.PartnerRevocation;
import be.hotline.gateway.revocation.RevocationVerdict;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides during the handshake of a delivery whether the partner's server may have it: the chain must verify
 * against that partner's server CAs (PKIX, with the JDK's own checks), the leaf must be meant for a TLS server
 * (end entity, serverAuth), every link of the chain strong enough (KeyStrength), and it must not be revoked under the partner's revocation terms, read at each
 * handshake so a registry reload applies.
 */
final class PartnerServerTrustManager extends X509ExtendedTrustManager {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerServerTrustManager.class);
    private final X509ExtendedTrustManager pkix;
    private final List<X509Certificate> anchors;
    private final Supplier<Partner> partner;
    private final PartnerRevocation revocation;

    PartnerServerTrustManager(X509ExtendedTrustManager pkix, List<X509Certificate> anchors, Supplier<Partner> partner,
                              PartnerRevocation revocation) {
        this.pkix = pkix;
        this.anchors = List.copyOf(anchors);
        this.partner = partner;
        this.revocation = revocation;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        pkix.checkServerTrusted(chain, authType);
        requireUsable(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        pkix.checkServerTrusted(chain, authType, socket);
        requireUsable(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        pkix.checkServerTrusted(chain, authType, engine);
        requireUsable(chain);
    }

    private void requireUsable(X509Certificate[] chain) throws CertificateException {
        Partner current = partner.get();
        String certificate = "server certificate of partner " + current.id() + " ("
                + chain[0].getSubjectX500Principal().getName() + ")";
        Optional<String> purpose = CertificatePurpose.serverRefusal(chain[0]).or(() -> KeyStrength.chainRefusal(chain));
        if (purpose.isPresent()) {
            LOG.warn("refused the {}: {}", certificate, purpose.get());
            throw new CertificateException(certificate + " refused: " + purpose.get());
        }
        RevocationVerdict verdict = revocation.check(current, chain, anchors);
        if (verdict.refuses()) {
            LOG.warn("refused the {}: {}", certificate, verdict.describe());
            throw new CertificateException(certificate + " refused: " + verdict.describe());
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks partner server certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("this trust manager only checks partner server certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("this trust manager only checks partner server certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }
}
