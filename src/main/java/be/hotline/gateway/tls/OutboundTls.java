package be.hotline.gateway.tls;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.revocation.PartnerRevocation;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * TLS toward one partner: our client certificate, and trust in that partner's own CAs only, so a
 * server with a certificate from any other CA (however public) gets nothing; nor does one that is not
 * meant for a TLS server, or is revoked.
 */
public final class OutboundTls {

    private OutboundTls() {
    }

    /**
     * @param clientKey  our client certificate, shared by all partners (a reload applies to all)
     * @param partner    a partner with an outbound endpoint: its server CAs are the trust anchors
     * @param directory  where its current revocation terms are read at each handshake (they follow a registry reload)
     * @param revocation the gateway's shared revocation checks
     */
    public static SSLContextParameters forPartner(ReloadingKeyManager clientKey, List<String> protocols,
                                                  Partner partner, PartnerDirectory directory,
                                                  PartnerRevocation revocation) {
        List<X509Certificate> serverCas = partner.outbound().orElseThrow(() -> new IllegalArgumentException(
                "partner " + partner.id() + " has no outbound endpoint")).trustedCas();
        PartnerServerTrustManager trust = new PartnerServerTrustManager(trustOnly(serverCas), serverCas,
                () -> directory.byId(partner.id()).orElse(partner), revocation);
        return TlsMaterial.parameters(clientKey, trust, protocols);
    }

    private static X509ExtendedTrustManager trustOnly(List<X509Certificate> cas) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                anchors.setCertificateEntry("partner-ca-" + i, cas.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(anchors);
            return (X509ExtendedTrustManager) factory.getTrustManagers()[0];
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the trust anchors of a partner", e);
        }
    }
}
