package be.hotline.gateway.tls;

import be.hotline.gateway.partner.PartnerDirectory;
import java.util.List;
import org.apache.camel.support.jsse.ClientAuthentication;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SSLContextServerParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/** TLS of the partner port: our server certificate, client certificates required, only modern protocols. */
public final class PartnerApiTls {

    private PartnerApiTls() {
    }

    public static SSLContextParameters serverParameters(String keystorePath, String keystorePassword,
                                                        List<String> protocols, PartnerDirectory directory) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + keystorePath);
        keyStore.setType("PKCS12");
        keyStore.setPassword(keystorePassword);
        KeyManagersParameters keyManagers = new KeyManagersParameters();
        keyManagers.setKeyStore(keyStore);
        keyManagers.setKeyPassword(keystorePassword);

        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setTrustManager(new PartnerClientTrustManager(directory));

        SSLContextServerParameters server = new SSLContextServerParameters();
        server.setClientAuthentication(ClientAuthentication.REQUIRE.name());

        SecureSocketProtocolsParameters protocolList = new SecureSocketProtocolsParameters();
        protocolList.setSecureSocketProtocol(List.copyOf(protocols));

        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setKeyManagers(keyManagers);
        parameters.setTrustManagers(trustManagers);
        parameters.setServerParameters(server);
        parameters.setSecureSocketProtocols(protocolList);
        parameters.setSecureSocketProtocol("TLS");
        return parameters;
    }
}
