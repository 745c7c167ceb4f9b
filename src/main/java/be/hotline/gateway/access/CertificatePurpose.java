package be.hotline.gateway.access;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What a certificate may be used for. A partner's client certificate must be an end-entity certificate meant
 * for TLS client authentication; a partner's server certificate one meant for TLS servers. A CA certificate, or
 * one issued for another purpose, carrying the right subject and issuer is still not the partner.
 */
public final class CertificatePurpose {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int KEY_AGREEMENT = 4;

    private CertificatePurpose() {
    }

    /** Why this certificate may not authenticate a TLS client, or empty when it may. */
    public static Optional<String> clientRefusal(X509Certificate certificate) {
        return endEntityRefusal(certificate)
                .or(() -> keyUsageRefusal(certificate, DIGITAL_SIGNATURE))
                .or(() -> extendedKeyUsageRefusal(certificate, CLIENT_AUTH, "clientAuth"));
    }

    /** Why this certificate may not authenticate a TLS server, or empty when it may. */
    public static Optional<String> serverRefusal(X509Certificate certificate) {
        return endEntityRefusal(certificate)
                .or(() -> keyUsageRefusal(certificate, DIGITAL_SIGNATURE, KEY_ENCIPHERMENT, KEY_AGREEMENT))
                .or(() -> extendedKeyUsageRefusal(certificate, SERVER_AUTH, "serverAuth"));
    }

    /**
     * Why this certificate may not sign the gateway's CMS (receipts, messages, checkpoints), or empty when it may:
     * an end-entity certificate whose keyUsage allows digitalSignature or nonRepudiation and whose extendedKeyUsage,
     * when present, includes emailProtection (what {@code openssl cms -verify} requires by default).
     */
    public static Optional<String> signingRefusal(X509Certificate certificate) {
        return endEntityRefusal(certificate)
                .or(() -> keyUsageRefusal(certificate, DIGITAL_SIGNATURE, NON_REPUDIATION))
                .or(() -> extendedKeyUsageRefusal(certificate, EMAIL_PROTECTION, "emailProtection"));
    }

    private static Optional<String> endEntityRefusal(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0
                ? Optional.of("it is a CA certificate (basicConstraints CA:TRUE), not an end-entity certificate")
                : Optional.empty();
    }

    /** keyUsage, when present, must allow one of the given uses. */
    private static Optional<String> keyUsageRefusal(X509Certificate certificate, int... anyOf) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null) {
            return Optional.empty();
        }
        for (int bit : anyOf) {
            if (bit < usage.length && usage[bit]) {
                return Optional.empty();
            }
        }
        return Optional.of("its keyUsage does not allow " + (anyOf.length == 1 ? "digitalSignature"
                : anyOf.length == 2 ? "digitalSignature or nonRepudiation" : "digitalSignature, keyEncipherment or keyAgreement"));
    }

    /** extendedKeyUsage, when present, must name the purpose (anyExtendedKeyUsage is not enough). */
    private static Optional<String> extendedKeyUsageRefusal(X509Certificate certificate, String oid, String name) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            return purposes == null || purposes.contains(oid) ? Optional.empty()
                    : Optional.of("its extendedKeyUsage does not include " + name);
        } catch (CertificateParsingException e) {
            return Optional.of("its extendedKeyUsage cannot be read");
        }
    }
}
