package be.hotline.gateway.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * What every TLS context of the gateway is made of: our key (re-read when its file changes, see
 * {@link ReloadingKeyManager}), a trust decision, the protocols.
 */
final class TlsMaterial {

    private TlsMaterial() {
    }

    static SSLContextParameters parameters(ReloadingKeyManager ownKey, X509TrustManager trust, List<String> protocols) {
        KeyManagersParameters keyManagers = new KeyManagersParameters() {
            @Override
            public KeyManager[] createKeyManagers() {
                return new KeyManager[] {ownKey};
            }
        };

        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setTrustManager(trust);

        SecureSocketProtocolsParameters protocolList = new SecureSocketProtocolsParameters();
        protocolList.setSecureSocketProtocol(List.copyOf(protocols));

        SSLContextParameters parameters = new SSLContextParameters() {
            @Override
            public SSLContext createSSLContext(CamelContext camelContext) throws GeneralSecurityException, IOException {
                SSLContext context = super.createSSLContext(camelContext);
                ownKey.forgetSessionsOnReload(context);
                return context;
            }
        };
        parameters.setKeyManagers(keyManagers);
        parameters.setTrustManagers(trustManagers);
        parameters.setSecureSocketProtocols(protocolList);
        parameters.setSecureSocketProtocol("TLS");
        return parameters;
    }
}
