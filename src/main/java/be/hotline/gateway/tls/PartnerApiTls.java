package be.hotline.gateway.tls;

import be.hotline.gateway.access.BlockedCertificates;
import be.hotline.gateway.partner.PartnerDirectory;
import java.util.List;
import org.apache.camel.support.jsse.ClientAuthentication;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SSLContextServerParameters;

/** TLS of the partner port: our server certificate, client certificates required, only modern protocols. */
public final class PartnerApiTls {

    private PartnerApiTls() {
    }

    public static SSLContextParameters serverParameters(ReloadingKeyManager serverKey, List<String> protocols,
                                                        PartnerDirectory directory, BlockedCertificates blocked) {
        SSLContextParameters parameters = TlsMaterial.parameters(serverKey,
                new PartnerClientTrustManager(directory, blocked), protocols);
        SSLContextServerParameters server = new SSLContextServerParameters();
        server.setClientAuthentication(ClientAuthentication.REQUIRE.name());
        parameters.setServerParameters(server);
        return parameters;
    }
}
