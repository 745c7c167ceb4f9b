package be.hotline.gateway.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * TLS toward one partner: our client certificate, and trust in that partner's own CAs only, so a
 * server with a certificate from any other CA (however public) gets nothing.
 */
public final class OutboundTls {

    private OutboundTls() {
    }

    public static SSLContextParameters forPartner(String keystorePath, String keystorePassword, List<String> protocols,
                                                  List<X509Certificate> partnerCas) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + keystorePath);
        keyStore.setType("PKCS12");
        keyStore.setPassword(keystorePassword);
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(keystorePassword);

        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setTrustManager(trustOnly(partnerCas));

        SecureSocketProtocolsParameters protocolList = new SecureSocketProtocolsParameters();
        protocolList.setSecureSocketProtocol(List.copyOf(protocols));

        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setKeyManagers(keyManagers);
        parameters.setTrustManagers(trustManagers);
        parameters.setSecureSocketProtocols(protocolList);
        parameters.setSecureSocketProtocol("TLS");
        return parameters;
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
