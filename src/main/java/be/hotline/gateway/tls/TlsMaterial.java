package be.hotline.gateway.tls;

import java.util.List;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import javax.net.ssl.X509TrustManager;

/** What every TLS context of the gateway is made of: our key from a PKCS#12 file, a trust decision, the protocols. */
final class TlsMaterial {

    private TlsMaterial() {
    }

    static SSLContextParameters parameters(String keystorePath, String keystorePassword, X509TrustManager trust,
                                           List<String> protocols) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + keystorePath);
        keyStore.setType("PKCS12");
        keyStore.setPassword(keystorePassword);
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(keystorePassword);

        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setTrustManager(trust);

        SecureSocketProtocolsParameters protocolList = new SecureSocketProtocolsParameters();
        protocolList.setSecureSocketProtocol(List.copyOf(protocols));

        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setKeyManagers(keyManagers);
        parameters.setTrustManagers(trustManagers);
        parameters.setSecureSocketProtocols(protocolList);
        parameters.setSecureSocketProtocol("TLS");
        return parameters;
    }
}
