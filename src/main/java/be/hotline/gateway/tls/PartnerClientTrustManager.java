package be.hotline.gateway.tls;

import be.hotline.gateway.partner.PartnerDirectory;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Decides during the TLS handshake whether a client certificate chain gets in at all: only when
 * some configured partner's own CA (or pinned certificate) verifies it, and it is within its validity.
 * Which partner it is, and whether that partner is enabled, is decided per request afterwards.
 */
public final class PartnerClientTrustManager implements X509TrustManager {

    private final PartnerDirectory directory;

    public PartnerClientTrustManager(PartnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (!directory.anyPartnerTrusts(chain)) {
            throw new CertificateException("client certificate is not issued by any partner's trusted CA, or is not valid now");
        }
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
