package be.hotline.gateway.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * TLS toward one partner: our client certificate, and trust in that partner's own CAs only, so a
 * server with a certificate from any other CA (however public) gets nothing.
 */
public final class OutboundTls {

    private OutboundTls() {
    }

    public static SSLContextParameters forPartner(String keystorePath, String keystorePassword, List<String> protocols,
                                                  List<X509Certificate> partnerCas) {
        return TlsMaterial.parameters(keystorePath, keystorePassword, trustOnly(partnerCas), protocols);
    }

    private static X509TrustManager trustOnly(List<X509Certificate> cas) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                anchors.setCertificateEntry("partner-ca-" + i, cas.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(anchors);
            return (X509TrustManager) factory.getTrustManagers()[0];
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the trust anchors of a partner", e);
        }
    }
}
